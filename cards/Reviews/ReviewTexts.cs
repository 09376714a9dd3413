using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Reviews;

/// <summary>R8: the decision line of the debrief card, computed from the questions answered No (debrief-decision.liquid).</summary>
public sealed record DebriefDecisionText(IReadOnlyList<int> NoQuestions, IReadOnlyList<int> UnsureQuestions) : ITextModel
{
    public static string TemplateName => "debrief-decision";
}

/// <summary>R4, R5: the words of one survey problem (text/survey-REASON.liquid, REASON from core's SurveyProblem).</summary>
public sealed record SurveyProblemText(int Limit, IReadOnlyList<int> Questions, bool Submitting, bool AllowsNotApplicable)
{
    public static string Render(ITextRenderer texts, Core.Reviews.SurveyProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return problem is null ? ""
            : texts.Render(problem.Reason, new SurveyProblemText(problem.Limit, problem.Questions ?? [], problem.Submitting, problem.AllowsNotApplicable));
    }
}

/// <summary>R15: a No resolved during the coaching session on <see cref="Day"/>, now Yes (text/review-answer-resolved.liquid).</summary>
public sealed record AnswerResolvedText(string Day) : ITextModel
{
    public static string TemplateName => "review-answer-resolved";
}

/// <summary>R4: how an answer reads on the summary and debrief ("Yes", "N/A", "Not answered"); the code is "yes", "no", "na" or "".</summary>
public sealed record AnswerText(string Answer) : ITextModel
{
    public static string TemplateName => "review-answer";
}

/// <summary>R1: the children's ages on a review's line, youngest first (text/children-ages.liquid); 0 reads "under 1".</summary>
public sealed record ChildrenAgesText(IReadOnlyList<int> Ages) : ITextModel
{
    public static string TemplateName => "children-ages";
}

/// <summary>R1: how long a case has waited in the review queue ("waiting 3 days").</summary>
public sealed record QueueWaitText(int Days) : ITextModel
{
    public static string TemplateName => "review-queue-wait";
}

/// <summary>R1: whether a queued case is up for its first review or a re-review.</summary>
public sealed record QueueKindText(bool FirstReview) : ITextModel
{
    public static string TemplateName => "review-queue-kind";
}
