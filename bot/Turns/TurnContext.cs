using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// One inbound activity being handled. Replies are collected here and written to the outbox in the
/// same transaction as the turn's state change, so a crash never loses or half-sends a turn.
/// </summary>
public class TurnContext(Activity activity)
{
    private readonly List<Activity> _outgoing = [];

    public Activity Activity { get; } = activity;

    /// <summary>The authenticated person's Entra object id; the only identity the bot trusts.</summary>
    public string? UserAadObjectId => Activity.From?.AadObjectId;

    public ConversationReference Reference => ConversationReference.From(Activity);

    public IReadOnlyList<Activity> Outgoing => _outgoing;

    public void SendText(string text) =>
        _outgoing.Add(new Activity { Type = "message", Text = text, TextFormat = "markdown" });

    /// <summary>A card goes alone in its activity: text plus attachment is split by Teams and loses the id.</summary>
    public void SendCard(JsonElement card) =>
        _outgoing.Add(new Activity { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] });
}
