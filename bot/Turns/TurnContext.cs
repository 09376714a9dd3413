using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// One inbound activity being handled. Replies are collected here and written to the outbox in the
/// same transaction as the turn's state change, so a crash never loses or half-sends a turn.
/// </summary>
public class TurnContext(Activity activity)
{
    private readonly List<(Activity Activity, ConversationReference Target)> _outgoing = [];
    private ConversationReference? _replyTarget;

    public Activity Activity { get; } = activity;

    /// <summary>The authenticated person's Entra object id; the only identity the bot trusts.</summary>
    public string? UserAadObjectId => Activity.From?.AadObjectId;

    public ConversationReference Reference => ConversationReference.From(Activity);

    /// <summary>Where replies go: the activity's own conversation unless the turn redirects them (see MessageRouter).</summary>
    public ConversationReference ReplyTarget
    {
        get => _replyTarget ??= Reference;
        set => _replyTarget = value;
    }

    public IReadOnlyList<(Activity Activity, ConversationReference Target)> Outgoing => _outgoing;

    public void SendText(string text) =>
        _outgoing.Add((new Activity { Type = "message", Text = text, TextFormat = "markdown" }, ReplyTarget));

    /// <summary>A card goes alone in its activity, with its notification summary (<see cref="Outbound.CardActivity"/>).</summary>
    public void SendCard(JsonElement card) => _outgoing.Add((Outbound.CardActivity.For(card), ReplyTarget));
}
