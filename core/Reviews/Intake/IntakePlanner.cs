using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reviews.Intake;

/// <summary>
/// Decides an intake run (R1-R3) from the stored cases, reviews and people: every eligible case in score order,
/// each reviewer filled up to the jurisdiction's capacity. Pure reads. Cases are read in pages as the few columns
/// the decision needs; per jurisdiction only as many candidates are kept as its reviewers have room for (no later
/// one can get a reviewer) plus the waiting ones asked for, and the rest are counted. The cases that get a review
/// come back as tracked entities, so <see cref="AssignReviews"/> can schedule on them.
/// </summary>
public sealed class IntakePlanner(CaseCoachDbContext db, InstrumentCatalog instruments)
{
    private sealed record CaseFacts(long Id, long? UnitJurisdictionId, DateOnly OpenedOn, DateOnly? FirstListedOn, DateOnly? GoalChangedOn,
        DateOnly? ChildrenRemovedOn, decimal Score, List<DateOnly> BirthDates);

    private sealed record Candidate(CaseFacts Case, Jurisdiction Jurisdiction, Instrument Instrument, DateOnly DueOn, DateOnly WaitingSince,
        DateOnly Today, long? PreviousReviewerId, int PreviousReviews);

    private sealed record PastReview(long Id, long CaseId, long ReviewerId, ReviewStatus Status, DateTimeOffset? CompletedAt, DateOnly DueOn);

    /// <summary>R1's order: highest score first, then the longest waiting, then the case id so every run agrees.</summary>
    private static readonly IComparer<Candidate> Priority = Comparer<Candidate>.Create((a, b) =>
        b.Case.Score.CompareTo(a.Case.Score) is var byScore and not 0 ? byScore
        : a.WaitingSince.CompareTo(b.WaitingSince) is var bySince and not 0 ? bySince
        : a.Case.Id.CompareTo(b.Case.Id));

    /// <summary>Open cases read per query; bounds memory and the size of each IN list.</summary>
    private const int PageSize = 500;

    /// <param name="waitingShown">How many waiting cases to list, highest priority first (the rest are only counted).</param>
    public async Task<IntakePlan> PlanAsync(DateTimeOffset now, IntakeOptions options, int waitingShown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(waitingShown);
        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        if (map.Active.Count == 0) return new([], [], 0, 0);
        var reviewers = await db.People.Include(p => p.Unit).Where(p => p.Role == Role.Reviewer).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var loads = await db.Reviews.Where(r => r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress)
            .GroupBy(r => r.ReviewerId).Select(g => new { ReviewerId = g.Key, Open = g.Count() })
            .ToDictionaryAsync(g => g.ReviewerId, g => g.Open, cancellationToken);
        var kept = new Dictionary<long, BoundedTop<Candidate>>();
        BoundedTop<Candidate> KeptFor(Jurisdiction j)
        {
            if (kept.TryGetValue(j.Id, out var top)) return top;
            long room = reviewers.Where(r => Serves(map, r, j)).Sum(r => Math.Max(0, j.ReviewerCapacity - loads.GetValueOrDefault(r.Id)));
            return kept[j.Id] = new BoundedTop<Candidate>((int)Math.Min(int.MaxValue, room + waitingShown), Priority);
        }

        var candidates = 0;
        var unserved = 0;
        // Open cases in pages by id, each page with only its own reviews: memory holds one page and the kept candidates.
        for (long after = 0; ;)
        {
            var page = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open && c.Id > after).OrderBy(c => c.Id).Take(PageSize)
                .Select(c => new CaseFacts(c.Id, c.Unit.JurisdictionId, c.OpenedOn, c.FirstListedOn, c.GoalChangedOn, c.ChildrenRemovedOn, c.Score,
                    c.Children.Select(child => child.BirthDate).ToList()))
                .ToListAsync(cancellationToken);
            if (page.Count == 0) break;
            after = page[^1].Id;
            var pageIds = page.Select(c => c.Id).ToList();
            var history = (await db.Reviews.AsNoTracking().Where(r => pageIds.Contains(r.CaseId) && r.Purpose == ReviewPurpose.Regular)
                    .Select(r => new PastReview(r.Id, r.CaseId, r.ReviewerId, r.Status, r.CompletedAt, r.DueOn)).ToListAsync(cancellationToken))
                .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).ToList());
            foreach (var listed in page)
            {
                if (map.ServingUnit(listed.UnitJurisdictionId) is not { } jurisdiction) { unserved++; continue; }
                if (Consider(listed, jurisdiction, history.GetValueOrDefault(listed.Id) ?? [], now, options) is not { } candidate) continue;
                candidates++;
                KeptFor(jurisdiction).Offer(candidate);
            }
            if (page.Count < PageSize) break;
        }

        var assign = new List<(Candidate Candidate, Person Reviewer)>();
        var waiting = new List<Candidate>();
        foreach (var c in kept.Values.SelectMany(top => top.Best()).Order(Priority))
        {
            var free = reviewers.Where(r => Serves(map, r, c.Jurisdiction) && loads.GetValueOrDefault(r.Id) < c.Jurisdiction.ReviewerCapacity)
                .Select(r => new ReviewerLoad(r.Id, loads.GetValueOrDefault(r.Id))).ToList();
            var alternate = ReviewScheduler.AlternationDue(c.PreviousReviews, c.Jurisdiction.AlternateReviewerEvery);
            if (ReviewScheduler.PickReviewer(free, c.PreviousReviewerId, alternate) is not { } reviewerId)
            {
                if (waiting.Count < waitingShown) waiting.Add(c);
                continue;
            }
            loads[reviewerId] = loads.GetValueOrDefault(reviewerId) + 1;
            assign.Add((c, reviewers.Single(r => r.Id == reviewerId)));
        }
        // The few cases that get a review come back tracked, so AssignReviews schedules on entities the context owns.
        var assignedIds = assign.Select(a => a.Candidate.Case.Id).ToList();
        var tracked = await db.Cases.Include(c => c.Children).Include(c => c.Unit).Where(c => assignedIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var shown = await ListedAsync(waiting.Select(c => c.Case.Id).ToList(), cancellationToken);
        return new IntakePlan(
            assign.Select(a => new PlannedReview(tracked[a.Candidate.Case.Id], a.Candidate.Jurisdiction, a.Candidate.Instrument, a.Candidate.DueOn,
                a.Reviewer, a.Candidate.PreviousReviewerId, a.Candidate.PreviousReviews)).ToList(),
            waiting.Select(c => Queued(c, shown[c.Case.Id])).ToList(),
            candidates - assign.Count, unserved);
    }

    private sealed record Listing(long Id, string ExternalCaseId, string Name, string[] RiskFactors);

    /// <summary>What the queue shows of the waiting cases, read in chunks so no IN list grows with the queue.</summary>
    private async Task<Dictionary<long, Listing>> ListedAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<long, Listing>();
        foreach (var chunk in ids.Chunk(PageSize))
            foreach (var row in await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id))
                         .Select(c => new Listing(c.Id, c.ExternalCaseId, c.Name, c.RiskFactors)).ToListAsync(cancellationToken))
                listed[row.Id] = row;
        return listed;
    }

    private static QueuedCase Queued(Candidate c, Listing listing) =>
        new(listing.ExternalCaseId, listing.Name, c.Case.Score, listing.RiskFactors, c.Jurisdiction.Key,
            c.DueOn, c.WaitingSince, c.Today.DayNumber - c.WaitingSince.DayNumber, c.PreviousReviews == 0);

    /// <summary>The candidate this case makes, or null when it is not due for a review (R1, R2).</summary>
    private Candidate? Consider(CaseFacts listed, Jurisdiction jurisdiction, IReadOnlyList<PastReview> past, DateTimeOffset now, IntakeOptions options)
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
            listed.BirthDates);
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
