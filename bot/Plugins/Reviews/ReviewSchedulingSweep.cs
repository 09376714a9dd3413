using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// The intake sweep: runs <see cref="AssignReviews"/> (R1-R3) and tells each reviewer in their chat, in the same
/// transaction. Safe on two instances: a case has one review per due date (unique index), and the instance that
/// loses that race drops its run. Only that unique-key violation means "already done"; any other failure is raised.
/// </summary>
public sealed class ReviewSchedulingSweep(
    AssignReviews assign, CaseCoachDbContext db, PersonalMessenger messenger, ReviewCards cards, ReviewListItems items,
    IOptions<IntakeOptions> options, TimeProvider time, ILogger<ReviewSchedulingSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await assign.HandleAsync(new AssignReviewsCommand(time.GetUtcNow(), options.Value), cancellationToken);
        if (result.Waiting > 0) Log.NoReviewer(logger, result.Waiting);
        if (result.Assigned.Count == 0) return;
        foreach (var review in result.Assigned)
            await messenger.SendCardAsync(review.Reviewer, new Cause("review-assigned", review.Key), cards.MyReviews([items.For(review)]), cancellationToken);
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
            Log.Scheduled(logger, result.Assigned.Count);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            Log.LostSchedulingRace(logger);
        }
    }
}
