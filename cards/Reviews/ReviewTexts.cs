using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Reviews;

/// <summary>R8: the decision line of the debrief card, computed from the questions answered No (debrief-decision.liquid).</summary>
public sealed record DebriefDecisionText(IReadOnlyList<int> NoQuestions) : ITextModel
{
    public static string TemplateName => "debrief-decision";
}
