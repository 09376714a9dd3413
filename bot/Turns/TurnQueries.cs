using CaseCoach.Core.Conversations;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// The lookups nearly every turn makes, compiled once (issue 14): EF skips translating and caching the query per call.
/// EF recompiles a compiled query when a context of another model runs it, so one delegate serves every provider.
/// </summary>
public static class TurnQueries
{
    /// <summary>The journal's record of an earlier delivery; read-only, so untracked.</summary>
    public static readonly Func<CaseCoachDbContext, string, string, CancellationToken, Task<ProcessedActivity?>> Processed =
        EF.CompileAsyncQuery((CaseCoachDbContext db, string conversationId, string activityId, CancellationToken _) =>
            db.ProcessedActivities.AsNoTracking().SingleOrDefault(p => p.ConversationId == conversationId && p.ActivityId == activityId));

    /// <summary>A stored conversation, tracked: the turn may refresh it.</summary>
    public static readonly Func<CaseCoachDbContext, string, string, CancellationToken, Task<ConversationRecord?>> Conversation =
        EF.CompileAsyncQuery((CaseCoachDbContext db, string channelId, string conversationId, CancellationToken _) =>
            db.Conversations.SingleOrDefault(c => c.ChannelId == channelId && c.ConversationId == conversationId));

    /// <summary>The acting person, tracked: a handler may change them in the same turn.</summary>
    public static readonly Func<CaseCoachDbContext, string, CancellationToken, Task<Person?>> PersonByAadObjectId =
        EF.CompileAsyncQuery((CaseCoachDbContext db, string aadObjectId, CancellationToken _) =>
            db.People.SingleOrDefault(p => p.AadObjectId == aadObjectId));
}
