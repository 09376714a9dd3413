using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Plugins.Home;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// conversationUpdate / installationUpdate: when the bot itself is added, remember the
/// conversation's coordinates for proactive messages and welcome once; when it is removed, stop
/// sending there. Members joining or leaving a team are none of the bot's business.
/// </summary>
public sealed class InstallationHandler(CaseCoachDbContext db, HomeCards cards, TimeProvider time, ILogger<InstallationHandler> logger)
{
    public async Task<TurnOutcome> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (IsBotRemoved(activity))
        {
            // Sends there would fail with 403 until a new install brings fresh coordinates.
            if (await FindAsync(activity, cancellationToken) is { } existing)
                db.Conversations.Remove(existing);
            Log.Uninstalled(logger, activity.Conversation?.ConversationType);
            return TurnOutcome.Ok;
        }
        if (!IsBotAdded(activity))
            return TurnOutcome.Ok;

        // Guests and anonymous users carry no Entra object id: nothing to remember them by.
        if (ConversationCoordinatesOf.Activity(activity) is not { } coordinates)
            return TurnOutcome.Ok;

        var record = await FindAsync(activity, cancellationToken);
        if (record is null)
            db.Conversations.Add(record = ConversationRecord.Capture(coordinates, time.GetUtcNow()));
        else
            record.Refresh(coordinates, time.GetUtcNow());

        // Teams sends both a conversationUpdate and an installationUpdate for one install: welcome once.
        if (record.MarkWelcomed(time.GetUtcNow()))
        {
            turn.SendCard(cards.Welcome(activity));
            Log.Installed(logger, activity.Conversation?.ConversationType);
        }
        return TurnOutcome.Ok;
    }

    private Task<ConversationRecord?> FindAsync(Activity activity, CancellationToken cancellationToken) =>
        db.Conversations.SingleOrDefaultAsync(
            c => c.ChannelId == (activity.ChannelId ?? "msteams") && c.ConversationId == activity.Conversation!.Id, cancellationToken);

    private static bool IsBotAdded(Activity activity) => activity.Type == "installationUpdate"
        ? activity.Action is "add" or "add-upgrade"
        : activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;

    private static bool IsBotRemoved(Activity activity) => activity.Type == "installationUpdate"
        ? activity.Action == "remove"
        : activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true;
}
