using CaseCoach.Core.Reviews;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>What the coaching-record form offers (R16): who may document, which cases, which attendees.</summary>
public sealed class CoachingRecordChoices(CaseCoachDbContext db, CaseCoach.Core.Instruments.InstrumentCatalog instruments)
{
    /// <summary>How many cases the "document another session" picker offers, the most recently reviewed first.</summary>
    private const int CasesOffered = 25;

    /// <summary>The quality team documents sessions: reviewers and QA supervisors.</summary>
    public static bool MayDocument(Person? person) => person?.Role is Role.Reviewer or Role.QaSupervisor;

    /// <summary>
    /// R15, R16: a session held outside the bot is documented from its case; only cases with a completed review that
    /// <paramref name="person"/> reviewed or decided are offered (a record for a case never reviewed is refused anyway).
    /// </summary>
    public async Task<List<Case>> CasesAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var caseIds = await db.Reviews.AsNoTracking()
            .Where(r => r.CompletedAt != null && r.Purpose == ReviewPurpose.Regular && (r.ReviewerId == person.Id || r.DecidedById == person.Id))
            .GroupBy(r => r.CaseId).Select(g => new { CaseId = g.Key, Latest = g.Max(r => r.Id) })
            .OrderByDescending(g => g.Latest).Take(CasesOffered).Select(g => g.CaseId).ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        return cases.OrderBy(c => caseIds.IndexOf(c.Id)).ToList();
    }

    /// <summary>
    /// R15: the questions answered No on the review a record for the case documents: <paramref name="reviewId"/> (a booked
    /// session's), else the case's latest completed regular review, as <see cref="RecordCoachingSession"/> decides.
    /// </summary>
    public async Task<IReadOnlyList<ResolvableAnswer>> ResolvableAsync(long caseId, long? reviewId, CancellationToken cancellationToken)
    {
        reviewId ??= await db.Reviews.Where(r => r.CaseId == caseId && r.CompletedAt != null && r.Purpose == ReviewPurpose.Regular)
            .OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var review = reviewId is null ? null
            : await db.Reviews.AsNoTracking().Include(r => r.Answers).SingleOrDefaultAsync(r => r.Id == reviewId && r.CaseId == caseId, cancellationToken);
        return review is null ? [] : ResolvableAnswers.Of(review, instruments.Find(review.InstrumentKey));
    }

    public Task<Case?> CaseAsync(long caseId, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    /// <summary>R11: the attendees offered: QA supervisors, the case's reviewers, and the author with the caseworker and supervisor.</summary>
    public async Task<IReadOnlyList<Person>> PeopleAsync(long caseId, Person author, CancellationToken cancellationToken) =>
        await CaseAsync(caseId, cancellationToken) is { } @case ? await PeopleAsync(@case, author, cancellationToken) : [];

    public Task<List<Person>> PeopleAsync(Case @case, Person author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(author);
        return db.People.AsNoTracking()
            .Where(p => p.Role == Role.QaSupervisor || p.Id == author.Id || p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId
                || db.Reviews.Any(r => r.CaseId == @case.Id && r.ReviewerId == p.Id && r.CompletedAt != null && r.Purpose == ReviewPurpose.Regular))
            .OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);
    }
}
