using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.ActionItems;

/// <summary>R18: an item reported done, to the reviewer, who verifies it in the case file (text/item-reported-done.liquid).</summary>
public sealed record ItemReportedDoneText(string ReporterName, string CaseName, string Description) : ITextModel
{
    public static string TemplateName => "item-reported-done";
}

/// <summary>R19, R20: a barrier, to the reviewer: extend, or escalate by <see cref="AnswerBy"/> (text/item-barrier-reported.liquid).</summary>
public sealed record ItemBarrierReportedText(string ReporterName, string CaseName, string Description, string Barrier, string AnswerBy, bool IsSafety) : ITextModel
{
    public static string TemplateName => "item-barrier-reported";
}

/// <summary>R18: sent back with what the file still lacks, to the caseworker (text/item-sent-back.liquid).</summary>
public sealed record ItemSentBackText(string ReviewerName, string CaseName, string Description, string Reason) : ITextModel
{
    public static string TemplateName => "item-sent-back";
}
