using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;

namespace CaseCoach.Core.Coaching;

/// <summary>R16: the coaching-record card for one ended session, in a quality-team member's chat.</summary>
public sealed record SessionRecordNotice(Organisation.Person Recipient, SessionToDocument ToDocument)
    : Notice(Recipient, CauseOf(ToDocument.Session))
{
    public static Cause CauseOf(CoachingSession session) =>
        new("coaching-record", session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// The sweep step after a booked session's calendar end passes (R16): the reviewer and the QA supervisor get the
/// coaching-record card with case, review, booking and attendees filled in. Safe to repeat and to run on two
/// instances: the session is stamped once, and the outbox key (cause and recipient) is unique, so a second run that
/// races the first fails on that key and sends nothing twice.
/// </summary>
public sealed class PromptSessionRecords(SessionsToDocument sessions, INotifier notifier, CaseCoachDbContext db)
{
    /// <summary>Sessions older than this are history (an import of old data wakes nobody).</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(60);

    private const int Batch = 200;

    /// <returns>How many sessions were prompted by this run.</returns>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prompted = 0;
        foreach (var id in await sessions.UnpromptedAsync(now, now - Lookback, Batch, cancellationToken))
        {
            if (await sessions.LoadAsync(id, cancellationToken) is { } toDocument && toDocument.Session.MarkRecordPrompted(now))
            {
                foreach (var person in toDocument.QualityTeam)
                    await notifier.NotifyAsync(new SessionRecordNotice(person, toDocument), cancellationToken);
                if (await db.SaveUnlessDoneAsync(cancellationToken)) prompted++;
            }
            db.ChangeTracker.Clear();
        }
        return prompted;
    }
}
