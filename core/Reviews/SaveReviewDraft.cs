using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reviews;

public sealed record SaveReviewDraftCommand(Person? Actor, string? ReviewKey, SurveyInputs Inputs, DateTimeOffset Now);

/// <summary>
/// `review.saveDraft` (R6): keeps an incomplete survey to resume later; the same survey comes back, inputs kept, saying
/// when the draft was saved (nothing else on the card changes, so the person needs to see that it worked).
/// </summary>
public sealed class SaveReviewDraft(ReviewWork work, FindPreviousReview previous)
{
    public async Task<Result<ReviewStep>> HandleAsync(SaveReviewDraftCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForReviewerAsync(command.Actor, command.ReviewKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        var (actor, review, instrument) = found;
        if (!review.IsOpen) return Result<ReviewStep>.Done(new(found, ReviewView.Summary));

        var entry = command.Inputs.For(instrument);
        var validation = review.SaveDraft(actor, instrument, entry);
        var before = await previous.ForAsync(review, cancellationToken);
        return Result<ReviewStep>.Done(validation.IsValid
            ? new(found, ReviewView.Survey, Previous: before, DraftSavedAt: command.Now)
            : new(found, ReviewView.Survey, entry, validation, before));
    }
}
