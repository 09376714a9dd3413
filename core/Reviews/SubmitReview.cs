using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reviews.Calibration;

namespace CaseCoach.Core.Reviews;

public sealed record SubmitReviewCommand(Person? Actor, string? ReviewKey, SurveyInputs Inputs, DateTimeOffset Now);

/// <summary>
/// `review.submit`: R5 validation comes back on the survey, input kept. A valid survey stamps the completion date (R6),
/// shows the read-only summary and goes to the QA supervisor for the debrief (R7). A second submit only shows the summary.
/// </summary>
public sealed class SubmitReview(ReviewWork work, INotifier notifier, DebriefSupervisor debriefSupervisor, FindPreviousReview previous, SecondReviews secondReviews)
{
    public async Task<Result<ReviewStep>> HandleAsync(SubmitReviewCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForReviewerAsync(command.Actor, command.ReviewKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        var (actor, review, instrument) = found;
        if (!review.IsOpen) return Result<ReviewStep>.Done(new(found, ReviewView.Summary));

        var entry = command.Inputs.For(instrument);
        var validation = review.Submit(actor, instrument, entry, command.Now);
        if (!validation.IsValid)
            return Result<ReviewStep>.Done(new(found, ReviewView.Survey, entry, validation, await previous.ForAsync(review, cancellationToken)));

        // R25: a calibration or second review is not debriefed and goes no further; it only counts for interrater figures.
        if (!review.ReachesFrontLine) return Result<ReviewStep>.Done(new(found, ReviewView.Summary));
        var today = NodaTime.Instant.FromDateTimeOffset(command.Now).InZone(CaseCoach.Core.Reports.ReviewFacts.ZoneOf(review.Jurisdiction)).Date.ToDateOnly();
        // R25: the senior reviewer hears of a second review when it is assigned.
        if (await secondReviews.ConsiderAsync(review, instrument, today, cancellationToken) is { } second)
            await notifier.NotifyAsync(BlindReviewAssigned.ForSecondReview(second), cancellationToken);
        if (await debriefSupervisor.ForAsync(actor, cancellationToken) is { } supervisor)
            await notifier.NotifyAsync(new DebriefReady(supervisor, review, instrument), cancellationToken);
        return Result<ReviewStep>.Done(new(found, ReviewView.Summary));
    }
}
