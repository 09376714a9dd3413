using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Clocks;

/// <summary>
/// A hand-off's clock ran out (text/handoff-nudge.liquid), to whoever holds the step. <see cref="Step"/> is the
/// step's stable name (decision, coachingRequest, coachingSession, documentation, barrier, feedback).
/// </summary>
public sealed record HandOffNudgeText(string Step, string CaseName, string CaseNumber, string DueText) : ITextModel
{
    public static string TemplateName => "handoff-nudge";
}

/// <summary>The hand-off is still waiting a business day later (text/handoff-supervisor.liquid), to the QA supervisor.</summary>
public sealed record HandOffSupervisorText(string Step, string CaseName, string CaseNumber, string DueText, string Holders) : ITextModel
{
    public static string TemplateName => "handoff-supervisor";
}
