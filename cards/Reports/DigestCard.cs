namespace CaseCoach.Cards.Reports;

/// <summary>
/// R23-R27: the monthly digest to a director of quality (digest.json, schema 1.5, Teams; its email twin reads its
/// lines). Figures only, no case or family name. Shares are whole percentages as text ("78%"); <see cref="Change"/>
/// is "up", "down", "same" or "" (a month without a Yes share), with <see cref="ChangePoints"/> its size;
/// <see cref="Reviews"/> is the count as text (a fact's value must be a string).
/// </summary>
public sealed record DigestCard(
    string JurisdictionName,
    string MonthName,
    string PreviousMonthName,
    string Reviews,
    bool HasReviews,
    string YesShare,
    string Change,
    int ChangePoints,
    string FeedbackShare,
    int FeedbackWithin,
    int FeedbackMeasured,
    bool FlagsApply,
    int OpenJumpFlags,
    int RepeatStaffings,
    string ReportsUrl) : ICardModel
{
    public static string TemplateName => "digest";
}
