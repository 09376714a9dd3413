using CaseCoach.Core.Persistence;

namespace CaseCoach.Core.Reviews.Intake;

/// <param name="Now">The moment of the run; every jurisdiction judges "today" in its own time zone.</param>
public sealed record AssignReviewsCommand(DateTimeOffset Now, IntakeOptions Options);

/// <summary>The reviews assigned (added to the context, not yet saved) and how many cases still wait for capacity.</summary>
public sealed record AssignReviewsResult(IReadOnlyList<Review> Assigned, int Waiting, int UnservedCases);

/// <summary>
/// One intake run (R1-R3): schedules the planned reviews and audits each. The caller adds its notices to the
/// same context and saves once, so a review and the message announcing it commit together. Two instances at once:
/// the unique (case, due date) index lets one win; the other's save fails and changes nothing.
/// </summary>
public sealed class AssignReviews(CaseCoachDbContext db, IntakePlanner planner)
{
    public const string ScheduledAction = Review.ScheduledAction;

    public async Task<AssignReviewsResult> HandleAsync(AssignReviewsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await planner.PlanAsync(command.Now, command.Options, waitingShown: 0, cancellationToken);
        var assigned = new List<Review>();
        foreach (var planned in plan.Assign)
        {
            var review = Review.Schedule(planned.Case, planned.Reviewer, planned.Jurisdiction, planned.Instrument, planned.DueOn);
            db.Reviews.Add(review);
            review.ScheduledByIntake(planned.PreviousReviews + 1, planned.PreviousReviewerId == planned.Reviewer.Id);
            assigned.Add(review);
        }
        return new AssignReviewsResult(assigned, plan.WaitingCount, plan.UnservedCases);
    }
}
