namespace CaseCoach.Core.ActionItems;

/// <summary>A step the action-item rules (R15-R19) refuse; the message is written for the person who tried it.</summary>
public sealed class ActionItemRuleException(string message) : InvalidOperationException(message);
