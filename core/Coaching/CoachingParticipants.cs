using EmailAddress = CaseCoach.Core.Mail.EmailAddress;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// R11: who is invited to a review's coaching session: the QA supervisor who decided, the reviewer, the caseworker
/// and the caseworker's supervisor. Leadership is never on this list.
/// </summary>
public sealed record CoachingParticipants(Review Review, Person QaSupervisor, Person Reviewer, Person Caseworker, Person Supervisor)
{
    public IEnumerable<(AttendeeRole Role, Person Person)> Attendees =>
    [
        (AttendeeRole.QaSupervisor, QaSupervisor), (AttendeeRole.Reviewer, Reviewer),
        (AttendeeRole.Caseworker, Caseworker), (AttendeeRole.Supervisor, Supervisor),
    ];

    /// <summary>Distinct by person: a QA supervisor who reviewed the case herself is invited once.</summary>
    public IReadOnlyList<(AttendeeRole Role, Person Person)> Distinct =>
        Attendees.DistinctBy(a => a.Person.Id).ToList();

    /// <summary>R14: only those who plan the session may pick its time: the case's supervisor and the quality team.</summary>
    public bool MayPick(Person person) =>
        person.Id == Supervisor.Id || person.Id == QaSupervisor.Id || person.Id == Reviewer.Id;

    /// <summary>
    /// Which view of the poll <paramref name="person"/> gets: the case's supervisor picks; the caseworker marks which
    /// times work (R13: their availability comes first); the quality team sees where it stands; anyone else nothing.
    /// </summary>
    public CoachingViewer ViewerOf(Person? person) =>
        person is null ? CoachingViewer.Everyone
        : person.Id == Supervisor.Id ? CoachingViewer.Picker
        : person.Id == Caseworker.Id ? CoachingViewer.Caseworker
        : person.Id == QaSupervisor.Id || person.Id == Reviewer.Id ? CoachingViewer.QualityTeam
        : CoachingViewer.None;

    /// <summary>Who gets the poll in their Teams chat (once per request): the supervisor, the caseworker and the reviewer.</summary>
    public IReadOnlyList<Person> PollRecipients => new[] { Supervisor, Caseworker, Reviewer }.DistinctBy(p => p.Id).ToList();

    /// <summary>Everyone invited, as email addresses.</summary>
    public IReadOnlyList<EmailAddress> Addresses() => Distinct.Select(a => new EmailAddress(a.Person.Email, a.Person.Name)).ToList();

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[Review.Jurisdiction.TimeZone];

    public BusinessCalendar Calendar => new(Zone,
        Review.Jurisdiction.Holidays.Select(LocalDate.FromDateOnly), closeOfBusiness: LocalTime.FromTimeOnly(Review.Jurisdiction.CloseOfBusiness));

    /// <summary>R13 counts from the review's completion.</summary>
    public DateTimeOffset CompletedAt => Review.CompletedAt ?? Review.DecidedAt ?? Review.StartedAt ?? DateTimeOffset.MinValue;

    public static async Task<CoachingParticipants?> LoadAsync(CaseCoachDbContext db, long reviewId, CancellationToken cancellationToken)
    {
        var review = await db.Reviews
            .Include(r => r.Reviewer)
            .Include(r => r.Jurisdiction)
            .Include(r => r.Case).ThenInclude(c => c.Caseworker)
            .Include(r => r.Case).ThenInclude(c => c.Supervisor)
            .Include(r => r.Answers) // R15: the coaching record offers the questions answered No
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review?.DecidedById is not { } qaId) return null;
        var qa = await db.People.SingleAsync(p => p.Id == qaId, cancellationToken);
        return new CoachingParticipants(review, qa, review.Reviewer, review.Case.Caseworker, review.Case.Supervisor);
    }
}
