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

    public async Task<IntakePlan> PlanAsync(DateTimeOffset now, IntakeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        if (map.Active.Count == 0) return new([], [], 0);
        var reviewers = await db.People.Include(p => p.Unit).Where(p => p.Role == Role.Reviewer).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var history = (await db.Reviews.AsNoTracking()
                .Select(r => new { r.Id, r.CaseId, r.ReviewerId, r.Status, r.CompletedAt, r.DueOn }).ToListAsync(cancellationToken))
            .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).ToList());
        var loads = history.Values.SelectMany(h => h).Where(r => IsOpen(r.Status))
            .GroupBy(r => r.ReviewerId).ToDictionary(g => g.Key, g => g.Count());
        var cases = await db.Cases.Where(c => c.Status == CaseStatus.Open).Include(c => c.Children).Include(c => c.Unit)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);

        var candidates = new List<Candidate>();
        var unserved = 0;
        foreach (var listed in cases)
        {
            if (map.ServingUnit(listed.Unit.JurisdictionId) is not { } jurisdiction) { unserved++; continue; }
            if (instruments.Find(jurisdiction.InstrumentKey) is not { } instrument) continue;
            var past = history.GetValueOrDefault(listed.Id) ?? [];
            if (past.Any(r => IsOpen(r.Status))) continue; // R2: at most one open review per case
            var today = Today(jurisdiction, now);
            var last = past.LastOrDefault();
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
                if (today < waitingSince) continue;
                dueOn = ReviewScheduler.CatchUp(natural, today, options.CatchUpDays);
            }
            var facts = new CaseScheduleFacts(listed.OpenedOn, false, listed.GoalChangedOn <= dueOn, listed.ChildrenRemovedOn <= dueOn,
                listed.Children.Select(c => c.BirthDate).ToList());
            if (ReviewScheduler.StopReason(facts, instrument.Model, dueOn) is not null) continue;
            candidates.Add(new(listed, jurisdiction, instrument, dueOn, waitingSince, today, last?.ReviewerId, past.Count));
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
        return new IntakePlan(assign, waiting, unserved);
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
