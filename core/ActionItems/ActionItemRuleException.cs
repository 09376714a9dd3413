namespace CaseCoach.Core.ActionItems;

/// <summary>
/// A step the action-item rules (R15-R19) refuse. <paramref name="Reason"/> is the stable key a use case returns as
/// its refusal (the words are cards/text/refusal-REASON.liquid); the message is for logs and the rule tests.
/// </summary>
public sealed class ActionItemRuleException(string reason, string message) : InvalidOperationException(message)
{
    /// <summary>For rules whose refusal is shown on the form that sent them (the coaching record), not as a refusal text.</summary>
    public ActionItemRuleException(string message) : this("action-item-refused", message) { }

    public string Reason { get; } = reason;
}
