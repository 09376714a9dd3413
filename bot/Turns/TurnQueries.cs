using System.Collections.Concurrent;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// The lookups nearly every turn makes, compiled once (issue 14): EF skips translating and caching the query per call.
/// A compiled query refuses a context of another model, so each is compiled once per model (one per provider).
/// </summary>
public static class TurnQueries
{
    private static readonly PerModel<Func<CaseCoachDbContext, string, string, CancellationToken, Task<ProcessedActivity?>>> Processed = new(() =>
        EF.CompileAsyncQuery((CaseCoachDbContext db, string conversationId, string activityId, CancellationToken _) =>
            db.ProcessedActivities.AsNoTracking().SingleOrDefault(p => p.ConversationId == conversationId && p.ActivityId == activityId)));

    private static readonly PerModel<Func<CaseCoachDbContext, string, string, CancellationToken, Task<ConversationRecord?>>> Conversation = new(() =>
        EF.CompileAsyncQuery((CaseCoachDbContext db, string channelId, string conversationId, CancellationToken _) =>
            db.Conversations.SingleOrDefault(c => c.ChannelId == channelId && c.ConversationId == conversationId)));

    private static readonly PerModel<Func<CaseCoachDbContext, string, CancellationToken, Task<Person?>>> Person = new(() =>
        EF.CompileAsyncQuery((CaseCoachDbContext db, string aadObjectId, CancellationToken _) =>
            db.People.SingleOrDefault(p => p.AadObjectId == aadObjectId)));

    /// <summary>The journal's record of an earlier delivery; read-only, so untracked.</summary>
    public static Task<ProcessedActivity?> ProcessedAsync(CaseCoachDbContext db, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Processed.For(db)(db, conversationId, activityId, cancellationToken);

    /// <summary>A stored conversation, tracked: the turn may refresh it.</summary>
    public static Task<ConversationRecord?> ConversationAsync(CaseCoachDbContext db, string channelId, string conversationId, CancellationToken cancellationToken) =>
        Conversation.For(db)(db, channelId, conversationId, cancellationToken);

    /// <summary>The acting person, tracked: a handler may change them in the same turn.</summary>
    public static Task<Person?> PersonAsync(CaseCoachDbContext db, string aadObjectId, CancellationToken cancellationToken) =>
        Person.For(db)(db, aadObjectId, cancellationToken);

    private sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
    {
        private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

        public TQuery For(DbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
    }
}
