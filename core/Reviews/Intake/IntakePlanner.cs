using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reviews.Intake;

/// <summary>
/// Decides an intake run (R1-R3) from the stored cases, reviews and people: every eligible case in score order,
/// each reviewer filled up to the jurisdiction's capacity. Pure reads; entities come back tracked, so
/// <see cref="AssignReviews"/> can schedule on them.
/// </summary>
public sealed class IntakePlanner(CaseCoachDbContext db, InstrumentCatalog instruments)
{
    private sealed record Candidate(Case Case, Jurisdiction Jurisdiction, Instrument Instrument, DateOnly DueOn, DateOnly WaitingSince,
        DateOnly Today, long? PreviousReviewerId, int PreviousReviews);

    private sealed record PastReview(long Id, long CaseId, long ReviewerId, ReviewStatus Status, DateTimeOffset? CompletedAt, DateOnly DueOn);

    /// <summary>Open cases read per query; bounds memory and the size of the IN list of each page's reviews.</summary>
    private const int PageSize = 500;

    public async Task<IntakePlan> PlanAsync(DateTimeOffset now, IntakeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        if (map.Active.Count == 0) return new([], [], 0);
        var reviewers = await db.People.Include(p => p.Unit).Where(p => p.Role == Role.Reviewer).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var loads = await db.Reviews.Where(r => r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress)
            .GroupBy(r => r.ReviewerId).Select(g => new { ReviewerId = g.Key, Open = g.Count() })
            .ToDictionaryAsync(g => g.ReviewerId, g => g.Open, cancellationToken);

        var candidates = new List<Candidate>();
        var unserved = 0;
        // Open cases in pages by id, untracked, each page with only its own reviews: memory holds one page and the
        // candidates (the cases due for a review), never the whole case or review table.
        for (long after = 0; ;)
        {
            var page = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open && c.Id > after)
                .Include(c => c.Children).Include(c => c.Unit).OrderBy(c => c.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0) break;
            after = page[^1].Id;
            var pageIds = page.Select(c => c.Id).ToList();
            var history = (await db.Reviews.AsNoTracking().Where(r => pageIds.Contains(r.CaseId) && r.Purpose == ReviewPurpose.Regular)
                    .Select(r => new PastReview(r.Id, r.CaseId, r.ReviewerId, r.Status, r.CompletedAt, r.DueOn)).ToListAsync(cancellationToken))
                .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).ToList());
            foreach (var listed in page)
            {
                if (map.ServingUnit(listed.Unit.JurisdictionId) is not { } jurisdiction) { unserved++; continue; }
                if (Consider(listed, jurisdiction, history.GetValueOrDefault(listed.Id) ?? [], now, options) is { } candidate)
                    candidates.Add(candidate);
            }
            if (page.Count < PageSize) break;
        }

        var assign = new List<PlannedReview>();
        var waiting = new List<QueuedCase>();
        foreach (var c in candidates.OrderByDescending(c => c.Case.Score).ThenBy(c => c.WaitingSince).ThenBy(c => c.Case.Id))
        {
            var free = reviewers.Where(r => Serves(map, r, c.Jurisdiction) && loads.GetValueOrDefault(r.Id) < c.Jurisdiction.ReviewerCapacity)
                .Select(r => new ReviewerLoad(r.Id, loads.GetValueOrDefault(r.Id))).ToList();
            var alternate = ReviewScheduler.AlternationDue(c.PreviousReviews, c.Jurisdiction.AlternateReviewerEvery);
            if (ReviewScheduler.PickReviewer(free, c.PreviousReviewerId, alternate) is not { } reviewerId)
            {
                waiting.Add(new QueuedCase(c.Case.ExternalCaseId, c.Case.Name, c.Case.Score, c.Case.RiskFactors, c.Jurisdiction.Key,
                    c.DueOn, c.WaitingSince, c.Today.DayNumber - c.WaitingSince.DayNumber, c.PreviousReviews == 0));
                continue;
            }
            loads[reviewerId] = loads.GetValueOrDefault(reviewerId) + 1;
            assign.Add(new PlannedReview(c.Case, c.Jurisdiction, c.Instrument, c.DueOn, reviewers.Single(r => r.Id == reviewerId),
                c.PreviousReviewerId, c.PreviousReviews));
        }
        // The few cases that get a review come back tracked, so AssignReviews schedules on entities the context owns.
        var assignedIds = assign.Select(a => a.Case.Id).ToList();
        var tracked = await db.Cases.Include(c => c.Children).Include(c => c.Unit).Where(c => assignedIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return new IntakePlan(assign.Select(a => a with { Case = tracked[a.Case.Id] }).ToList(), waiting, unserved);
    }

    /// <summary>The candidate this case makes, or null when it is not due for a review (R1, R2).</summary>
    private Candidate? Consider(Case listed, Jurisdiction jurisdiction, IReadOnlyList<PastReview> past, DateTimeOffset now, IntakeOptions options)
    {
        if (instruments.Find(jurisdiction.InstrumentKey) is not { } instrument) return null;
        if (past.Any(r => IsOpen(r.Status))) return null; // R2: at most one open review per case
        var today = Today(jurisdiction, now);
        var last = past.Count == 0 ? null : past[^1];
        DateOnly dueOn, waitingSince;
        if (last is null)
        {
            // R1: eligible for its first review as soon as it is listed, whatever its due date.
            dueOn = ReviewScheduler.FirstDueOn(listed.OpenedOn, today, options.CatchUpDays);
            waitingSince = Earliest(listed.FirstListedOn ?? listed.OpenedOn, today);
        }
        else
        {
            var natural = ReviewScheduler.RecurrenceOn(last.CompletedAt is { } done ? DateIn(jurisdiction, done) : last.DueOn);
            waitingSince = natural.AddDays(-options.AssignDaysBeforeDue);
            if (today < waitingSince) return null;
            dueOn = ReviewScheduler.CatchUp(natural, today, options.CatchUpDays);
        }
        var facts = new CaseScheduleFacts(listed.OpenedOn, false, listed.GoalChangedOn <= dueOn, listed.ChildrenRemovedOn <= dueOn,
            listed.Children.Select(c => c.BirthDate).ToList());
        if (ReviewScheduler.StopReason(facts, instrument.Model, dueOn) is not null) return null;
        return new(listed, jurisdiction, instrument, dueOn, waitingSince, today, last?.ReviewerId, past.Count);
    }

    /// <summary>A reviewer serves the jurisdiction of their unit; one in a unit no jurisdiction serves (a central quality team) serves all.</summary>
    private static bool Serves(JurisdictionMap map, Person reviewer, Jurisdiction jurisdiction) =>
        map.ServingUnit(reviewer.Unit?.JurisdictionId) is not { } own || own.Id == jurisdiction.Id;

    private static bool IsOpen(ReviewStatus status) => status is ReviewStatus.Assigned or ReviewStatus.InProgress;

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Today(Jurisdiction jurisdiction, DateTimeOffset now) => DateIn(jurisdiction, now);

    private static DateOnly DateIn(Jurisdiction jurisdiction, DateTimeOffset at) =>
        Instant.FromDateTimeOffset(at).InZone(DateTimeZoneProviders.Tzdb[jurisdiction.TimeZone]).Date.ToDateOnly();
}
