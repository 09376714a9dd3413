using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reviews;

/// <param name="Actor">The person acting, from the turn (null when not set up).</param>
public sealed record StartReviewCommand(Person? Actor, string? ReviewKey, DateTimeOffset Now);

/// <summary>`review.start`: the assigned reviewer opens the survey; the first start sends the R10 notification.</summary>
public sealed class StartReview(ReviewWork work, IMailer mailer, FindPreviousReview previous)
{
    public async Task<Result<ReviewStep>> HandleAsync(StartReviewCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForReviewerAsync(command.Actor, command.ReviewKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        var (actor, review, instrument) = found;

        // R6: a submitted review is no longer open; show what was submitted instead.
        if (!review.IsOpen) return Result<ReviewStep>.Done(new(found, ReviewView.Summary));
        // R25: a calibration or second review tells no one on the front line.
        if (review.Start(actor, instrument, command.Now) && review.ReachesFrontLine)
            await mailer.SendAsync(new ReviewStartedMail(review, instrument), cancellationToken);
        return Result<ReviewStep>.Done(new(found, ReviewView.Survey, Previous: await previous.ForAsync(review, cancellationToken)));
    }
}
