using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// conversationUpdate / installationUpdate: when the bot itself is added, remember the
/// conversation's coordinates for proactive messages and welcome once; when it is removed, stop
/// sending there. Members joining or leaving a team are none of the bot's business.
/// </summary>
public sealed class InstallationHandler(CaseCoachDbContext db, WelcomeCard welcome, TimeProvider time, ILogger<InstallationHandler> logger)
{
    public async Task<TurnOutcome> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (IsBotRemoved(activity))
        {
            var existing = await FindAsync(activity, cancellationToken);
            existing?.MarkRemoved(time.GetUtcNow());
            Log.Uninstalled(logger, activity.Conversation?.ConversationType);
            return TurnOutcome.Ok;
        }
        if (!IsBotAdded(activity))
            return TurnOutcome.Ok;

        var reference = turn.Reference;
        var record = await FindAsync(activity, cancellationToken);
        if (record is null)
        {
            record = ConversationRecord.Create(reference.ChannelId, reference.ConversationId, time.GetUtcNow());
            db.Conversations.Add(record);
        }
        record.Refresh(reference.ServiceUrl, reference.TenantId, reference.ConversationType, reference.BotId,
            reference.UserId, reference.AadObjectId, time.GetUtcNow());

        // Teams sends both a conversationUpdate and an installationUpdate for one install: welcome once.
        if (record.WelcomedAt is null)
        {
            turn.SendCard(welcome.Render());
            record.MarkWelcomed(time.GetUtcNow());
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
