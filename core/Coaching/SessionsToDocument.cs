using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>A booked session that has ended and has no coaching record yet (R16), with the review and everyone invited.</summary>
public sealed record SessionToDocument(CoachingSession Session, CoachingParticipants Who)
{
    /// <summary>The session's day in the jurisdiction: the date the record is documented for.</summary>
    public DateOnly SessionOn => Who.Calendar.DateAt(Instant.FromDateTimeOffset(Session.ScheduledStart)).ToDateOnly();

    /// <summary>The quality team documents it: the review's reviewer and the QA supervisor who decided (R11, R16).</summary>
    public IReadOnlyList<Person> QualityTeam => new[] { Who.Reviewer, Who.QaSupervisor }.DistinctBy(p => p.Id).ToList();

    public bool IsForQualityTeamMember(Person person) => QualityTeam.Any(p => p.Id == person.Id);
}

/// <summary>
/// Which booked sessions wait for documentation (R16): those whose calendar end has passed and that no record names.
/// Every record is tied to its session, so a documented session drops off every list.
/// </summary>
public sealed class SessionsToDocument(CaseCoachDbContext db)
{
    /// <summary>How many waiting sessions one list shows, the most recent first.</summary>
    public const int Listed = 25;

    /// <summary>Ended, undocumented sessions of reviews <paramref name="person"/> reviewed or decided.</summary>
    public async Task<IReadOnlyList<SessionToDocument>> ForAsync(Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = await Waiting(now)
            .Where(s => db.Reviews.Any(r => r.Id == s.ReviewId && (r.ReviewerId == person.Id || r.DecidedById == person.Id)))
            .OrderByDescending(s => s.Id).Select(s => s.Id).Take(Listed).ToListAsync(cancellationToken);
        var found = new List<SessionToDocument>(ids.Count);
        foreach (var id in ids)
            if (await LoadAsync(id, cancellationToken) is { } session) found.Add(session);
        return found;
    }

    /// <summary>One ended, undocumented session, or null (also when it is not <paramref name="person"/>'s to document).</summary>
    public async Task<SessionToDocument?> OneAsync(long sessionId, Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!await Waiting(now).AnyAsync(s => s.Id == sessionId, cancellationToken)) return null;
        return await LoadAsync(sessionId, cancellationToken) is { } session && session.IsForQualityTeamMember(person) ? session : null;
    }

    /// <summary>Ended sessions not yet prompted, for the sweep, oldest first.</summary>
    public Task<List<long>> UnpromptedAsync(DateTimeOffset now, DateTimeOffset since, int batch, CancellationToken cancellationToken) =>
        Waiting(now).Where(s => s.RecordPromptedAt == null && s.ScheduledEnd >= since)
            .OrderBy(s => s.Id).Select(s => s.Id).Take(batch).ToListAsync(cancellationToken);

    public async Task<SessionToDocument?> LoadAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Set<CoachingSession>().Include(s => s.Request).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var who = session is null ? null : await CoachingParticipants.LoadAsync(db, session.ReviewId, cancellationToken);
        return who is null ? null : new SessionToDocument(session!, who);
    }

    private IQueryable<CoachingSession> Waiting(DateTimeOffset now) => db.Set<CoachingSession>()
        .Where(s => s.ScheduledEnd <= now && s.Request.Status == CoachingRequestStatus.Booked)
        .Where(s => !db.Set<CoachingRecord>().Any(c => c.CoachingSessionId == s.Id));
}
