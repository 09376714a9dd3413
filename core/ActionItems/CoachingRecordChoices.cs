using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>What the coaching-record form offers (R16): who may document, which cases, which attendees.</summary>
public sealed class CoachingRecordChoices(CaseCoachDbContext db)
{
    /// <summary>How many open cases the case picker offers, highest score first (R1).</summary>
    private const int CasesOffered = 25;

    /// <summary>The quality team documents sessions: reviewers and QA supervisors.</summary>
    public static bool MayDocument(Person? person) => person?.Role is Role.Reviewer or Role.QaSupervisor;

    public Task<List<Case>> CasesAsync(CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open).OrderByDescending(c => c.Score).Take(CasesOffered).ToListAsync(cancellationToken);

    public Task<Case?> CaseAsync(long caseId, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);

    /// <summary>R11: the attendees offered: QA supervisors and the author with the caseworker and supervisor.</summary>
    public async Task<IReadOnlyList<Person>> PeopleAsync(long caseId, Person author, CancellationToken cancellationToken) =>
        await CaseAsync(caseId, cancellationToken) is { } @case ? await PeopleAsync(@case, author, cancellationToken) : [];

    public Task<List<Person>> PeopleAsync(Case @case, Person author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(author);
        return db.People.AsNoTracking()
            .Where(p => p.Role == Role.QaSupervisor || p.Id == author.Id || p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId)
            .OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);
    }
}
