using CaseCoach.Cards.Review;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// Assigns the reviews that fall due (R2) to alternating reviewers (R3), highest score first (R1), and tells each
/// reviewer in their chat. Safe on two instances: a case has one review per due date (unique index), and the
/// instance that loses that race drops its run.
/// </summary>
public sealed class ReviewSchedulingSweep(
    CaseCoachDbContext db, InstrumentCatalog instruments, ReviewNotices notices, ReviewCards cards,
    IOptions<ReviewOptions> options, TimeProvider time, ILogger<ReviewSchedulingSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var jurisdictions = await db.Jurisdictions.OrderBy(j => j.Id).ToListAsync(cancellationToken);
        if (jurisdictions.Count == 0) return;
        var reviewers = await db.People.Where(p => p.Role == Role.Reviewer).ToDictionaryAsync(p => p.Id, cancellationToken);
        var reviews = await db.Reviews.Select(r => new { r.CaseId, r.ReviewerId, r.DueOn, r.Status }).ToListAsync(cancellationToken);
        var loads = reviewers.Keys.ToDictionary(id => id, id => reviews.Count(r => r.ReviewerId == id && IsOpen(r.Status)));
        var cases = await db.Cases.Where(c => c.Status == CaseStatus.Open).Include(c => c.Children).Include(c => c.Unit).ToListAsync(cancellationToken);

        var scheduled = new List<Review>();
        var waiting = 0;
        foreach (var candidate in ReviewScheduler.ByPriority(cases, c => c.Score, c => c.OpenedOn))
        {
            var ofCase = reviews.Where(r => r.CaseId == candidate.Id).OrderBy(r => r.DueOn).ToList();
            if (ofCase.Any(r => IsOpen(r.Status))) continue;
            var jurisdiction = jurisdictions.FirstOrDefault(j => j.Id == candidate.Unit.JurisdictionId) ?? jurisdictions[0];
            if (instruments.Find(jurisdiction.InstrumentKey) is not { } instrument)
            {
                Log.UnknownInstrument(logger, jurisdiction.Id, jurisdiction.InstrumentKey);
                continue;
            }

            var previous = ofCase.LastOrDefault();
            var dueOn = ReviewScheduler.NextDueOn(candidate.OpenedOn, previous?.DueOn);
            if (Today(jurisdiction) < dueOn.AddDays(-options.Value.AssignDaysBeforeDue)) continue;
            var facts = new CaseScheduleFacts(candidate.OpenedOn, false,
                GoalChanged: candidate.GoalChangedOn <= dueOn, ChildrenRemoved: candidate.ChildrenRemovedOn <= dueOn,
                candidate.Children.Select(c => c.BirthDate).ToList());
            if (ReviewScheduler.StopReason(facts, instrument.Model, dueOn) is not null) continue;

            if (ReviewScheduler.PickReviewer(loads.Select(l => new ReviewerLoad(l.Key, l.Value)).ToList(), previous?.ReviewerId) is not { } reviewerId)
            {
                waiting++;
                continue;
            }
            var review = Review.Schedule(candidate, reviewers[reviewerId], jurisdiction, instrument, dueOn);
            db.Reviews.Add(review);
            db.AuditEntries.Add(AuditEntry.Record(AuditEntry.SystemActor, "review.scheduled", ReviewAudit.EntityType, review.Key,
                time.GetUtcNow(), new { status = review.Status.ToString(), dueOn }));
            loads[reviewerId]++;
            scheduled.Add(review);
        }

        if (waiting > 0) Log.NoReviewer(logger, waiting);
        if (scheduled.Count == 0) return;
        foreach (var review in scheduled)
        {
            var item = new ReviewListItem(review.Key, review.Case.Name, review.Case.ExternalCaseId, instruments.Get(review.InstrumentKey).Name,
                ReviewCards.DueAt(review.DueOn), false, false);
            await notices.SendCardAsync(review.Reviewer, $"review-assigned:{review.Key}", cards.MyReviews([item]), "assignment", cancellationToken);
        }
        await SaveAsync(scheduled.Count, cancellationToken);
    }

    private async Task SaveAsync(int count, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
            Log.Scheduled(logger, count);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            Log.LostSchedulingRace(logger);
        }
    }

    private static bool IsOpen(ReviewStatus status) => status is ReviewStatus.Assigned or ReviewStatus.InProgress;

    private DateOnly Today(Jurisdiction jurisdiction) =>
        Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(DateTimeZoneProviders.Tzdb[jurisdiction.TimeZone]).Date.ToDateOnly();
}
