using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>Binds reviews to their cards. The review must be loaded with its case, people and answers.</summary>
public sealed class ReviewCards(ICardRenderer cards, ITextRenderer texts)
{
    /// <summary>The card a review step shows the acting person (the invoke response replaces the clicked card).</summary>
    public InvokeResponse Show(ReviewStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var (_, review, instrument) = step.InHand;
        return InvokeResponse.Card(step.View == ReviewView.Summary
            ? Summary(review, instrument)
            : Survey(review, instrument, step.Entered, step.Validation));
    }

    /// <summary>The survey; after a refused save or submit, the reviewer's own input and the errors beside it.</summary>
    public JsonElement Survey(Review review, Instrument instrument, SurveyEntry? entered = null, SurveyValidation? validation = null)
    {
        validation ??= SurveyValidation.None;
        var questions = instrument.Questions.Select(q =>
        {
            var stored = review.AnswerTo(q.Id);
            var (answer, comment) = entered is null
                ? (stored?.Value.ToCode() ?? "", stored?.Comment ?? "")
                : (entered.For(q.Id).IsReadable(out var value) ? value.ToCode() : "", entered.For(q.Id).Comment);
            var errors = validation.For(q.Id);
            return new ReviewSurveyQuestion(q.Id, q.Number, q.Text, q.Considerations, q.AllowsNotApplicable,
                answer, comment, errors.AnswerError, errors.CommentError);
        }).ToList();
        return cards.Render(new ReviewSurveyCard(review.Key, instrument.Name, review.Case.Name, review.Case.ExternalCaseId,
            review.Case.Caseworker.Name, DueAt(review.DueOn), validation.FormError, questions,
            entered?.Strengths ?? review.Strengths, entered?.Opportunities ?? review.Opportunities));
    }

    /// <summary>Read-only, once submitted. Before the debrief the outcome shown is the one R8 computes from the answers.</summary>
    public JsonElement Summary(Review review, Instrument instrument) =>
        cards.Render(new ReviewSummaryCard(review.Key, instrument.Name, review.Case.Name, review.Case.ExternalCaseId,
            review.Reviewer.Name, review.CompletedAt ?? DueAt(review.DueOn),
            (review.Decision ?? review.ComputedDecision(notEnoughInformation: false)) == ReviewDecision.CoachingNeeded,
            review.Strengths, review.Opportunities, Answers(review, instrument)));

    /// <summary>R7, R8: for the QA supervisor, with the decision computed from the answers.</summary>
    public JsonElement Debrief(Review review, Instrument instrument)
    {
        var noes = instrument.Questions.Where(q => review.AnswerTo(q.Id)?.Value == Answer.No).Select(q => q.Number).ToList();
        var decisionText = texts.Render(new DebriefDecisionText(noes));
        return cards.Render(new DebriefCard(review.Key, instrument.Name, review.Case.Name, review.Case.ExternalCaseId,
            review.Reviewer.Name, review.Case.Caseworker.Name, review.CompletedAt ?? DueAt(review.DueOn),
            noes.Count > 0, decisionText, review.Strengths, review.Opportunities, Answers(review, instrument)));
    }

    public JsonElement MyReviews(IReadOnlyList<ReviewListItem> items) => cards.Render(new MyReviewsCard(items));

    /// <summary>Noon UTC keeps the calendar date the same in every time zone a card is read in.</summary>
    public static DateTimeOffset DueAt(DateOnly dueOn) => new(dueOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static List<ReviewSummaryAnswer> Answers(Review review, Instrument instrument) =>
        instrument.Questions.Select(q =>
        {
            var answer = review.AnswerTo(q.Id);
            return new ReviewSummaryAnswer(q.Number, q.Text, answer?.Value.ToCode() ?? "", answer?.Value.ToText() ?? "Not answered", answer?.Comment ?? "");
        }).ToList();
}
