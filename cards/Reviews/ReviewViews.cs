using CaseCoach.Cards.Text;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Cards.Reviews;

/// <summary>
/// A review as the models of its cards: the survey (with the reviewer's input and problems after a refused save or
/// submit), the read-only summary and the QA supervisor's debrief. The review is loaded with its case, people and answers.
/// </summary>
public sealed class ReviewViews(ITextRenderer texts, ReviewListItems items)
{
    /// <summary>Noon UTC keeps the calendar date the same in every time zone a card is read in.</summary>
    public static DateTimeOffset DueAt(DateOnly dueOn) => new(dueOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    /// <param name="previous">R3: the case's previous review, shown beside each question; null on a first review.</param>
    /// <param name="draftSavedAt">Set right after Save draft: the card says when (R6).</param>
    public ReviewSurveyCard Survey(Review review, Instrument instrument, SurveyEntry? entered, SurveyValidation? validation,
        PreviousReview? previous = null, DateTimeOffset? draftSavedAt = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(instrument);
        validation ??= SurveyValidation.None;
        var questions = instrument.Questions.Select(q =>
        {
            var stored = review.AnswerTo(q.Id);
            var (answer, comment) = entered is null
                ? (stored?.Value.ToCode() ?? "", stored?.Comment ?? "")
                : (entered.For(q.Id).IsReadable(out var value) ? value.ToCode() : "", entered.For(q.Id).Comment);
            var errors = validation.For(q.Id);
            var before = previous?.For(q.Id);
            return new ReviewSurveyQuestion(q.Id, q.Number, q.Text, q.Considerations, q.AllowsNotApplicable,
                answer, comment, SurveyProblemText.Render(texts, errors.Answer), SurveyProblemText.Render(texts, errors.Comment),
                before is not null, before is null ? "" : texts.Render(new AnswerText(before.Value.ToCode())), before?.Comment ?? "",
                Resolved(before?.ResolvedDuringCoachingOn));
        }).ToList();
        return new ReviewSurveyCard(review.Key, instrument.Name, review.Case.Name, review.Case.ExternalCaseId,
            review.Case.Caseworker.Name, DueAt(review.DueOn), SurveyProblemText.Render(texts, validation.Form), questions,
            entered?.Strengths ?? review.Strengths, entered?.Opportunities ?? review.Opportunities,
            items.For(review), previous is not null, previous?.CompletedAt, previous?.ReviewerName ?? "",
            draftSavedAt is { } at ? CardDateConverter.Format(at) : "");
    }

    /// <summary>Before the debrief the outcome shown is the one R8 computes from the answers.</summary>
    public ReviewSummaryCard Summary(Review review, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new ReviewSummaryCard(review.Key, instrument.Name, review.Case.Name, review.Case.ExternalCaseId,
            review.Reviewer.Name, review.CompletedAt ?? DueAt(review.DueOn),
            (review.Decision ?? review.ComputedDecision(notEnoughInformation: false)) == ReviewDecision.CoachingNeeded,
            review.Strengths, review.Opportunities, Answers(review, instrument));
    }

    /// <summary>R7, R8: for the QA supervisor, with the decision computed from the answers.</summary>
    public DebriefCard Debrief(Review review, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(instrument);
        List<int> Numbers(Answer answer) => instrument.Questions.Where(q => review.AnswerTo(q.Id)?.Value == answer).Select(q => q.Number).ToList();
        var noes = Numbers(Answer.No);
        var unsure = Numbers(Answer.NotEnoughInfo); // R8: counts as coaching needed, like a No
        return new DebriefCard(review.Key, instrument.Name, review.Case.Name, review.Case.ExternalCaseId,
            review.Reviewer.Name, review.Case.Caseworker.Name, review.CompletedAt ?? DueAt(review.DueOn),
            noes.Count + unsure.Count > 0, texts.Render(new DebriefDecisionText(noes, unsure)), review.Strengths, review.Opportunities, Answers(review, instrument));
    }

    private List<ReviewSummaryAnswer> Answers(Review review, Instrument instrument) =>
        instrument.Questions.Select(q =>
        {
            var answer = review.AnswerTo(q.Id);
            var code = answer?.Value.ToCode() ?? "";
            return new ReviewSummaryAnswer(q.Number, q.Text, code, texts.Render(new AnswerText(code)), answer?.Comment ?? "", Resolved(answer?.ResolvedDuringCoachingOn));
        }).ToList();

    /// <summary>R15: the stored fact in words, where the answer is shown.</summary>
    private string Resolved(DateOnly? on) => on is { } day ? texts.Render(new AnswerResolvedText(Phrasing.LongDate(day))) : "";
}
