namespace CaseCoach.Cards.Reports;

/// <summary>
/// R23-R27: the monthly digest to a director of quality (digest.json, schema 1.5, Teams; its email twin reads its
/// lines). Figures only, no case or family name. Shares are whole percentages as text ("78%"); <see cref="Change"/>
/// is "up", "down", "same" or "" (a month without a Yes share), with <see cref="ChangePoints"/> its size;
/// <see cref="Reviews"/> is the count as text (a fact's value must be a string). <see cref="OpenChecks"/> counts the jump
/// checks still open, of which <see cref="OpenCheckLines"/> lists the oldest and <see cref="MoreOpenChecks"/> counts the rest.
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
    string ReportsUrl,
    int OpenChecks,
    IReadOnlyList<DigestOpenCheck> OpenCheckLines,
    int MoreOpenChecks) : ICardModel
{
    public static string TemplateName => "digest";
}

/// <summary>
/// R26: one secondary review still open: <see cref="Subject"/> is "Question 3" or the unit's name, <see cref="MonthFlagged"/>
/// the flagged month by name, <see cref="AgeDays"/> how long it has been open.
/// </summary>
public sealed record DigestOpenCheck(string Subject, string MonthFlagged, int AgeDays);
