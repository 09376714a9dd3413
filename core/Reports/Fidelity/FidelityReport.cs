namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>One timeframe over the period: <see cref="Share"/> is of the measured events, null when none was measured.</summary>
public sealed record TimeframeSummary(Timeframe Timeframe, int Within, int Outside, int Pending)
{
    public int Measured => Within + Outside;
    public double? Share => Measured == 0 ? null : (double)Within / Measured;
}

/// <summary>R23: a unit's accountability staffings in one quarter, and how many followed another within 90 days.</summary>
public sealed record UnitStaffings(long UnitId, string UnitName, ReportPeriod Quarter, int Staffings, int Repeats);

/// <summary>A section over the quarter: the assessments' scores summed against their summed maxima.</summary>
public sealed record SectionTotal(FidelitySection Section, int Score, int Max)
{
    public double? Share => Max == 0 ? null : (double)Score / Max;
}

/// <summary>R24, R27, R23 for one quarter and scope.</summary>
public sealed record FidelityReport(
    ReportPeriod Quarter,
    int Reviews,
    IReadOnlyList<TimeframeSummary> Timeframes,
    IReadOnlyList<TimeframeMeasure> Measures,
    IReadOnlyList<FidelityAssessment> Assessments,
    IReadOnlyList<SectionTotal> Sections,
    IReadOnlyList<UnitStaffings> Staffings,
    IReadOnlyDictionary<long, string> CaseNumbers)
{
    public bool HasReviews => Reviews > 0;

    /// <summary>R27: the share of reviews whose feedback reached the front line within 2 weeks.</summary>
    public TimeframeSummary Feedback => Timeframes.Single(t => t.Timeframe == Timeframe.FeedbackWithinTwoWeeks);

    public string CaseNumber(long caseId) => CaseNumbers.TryGetValue(caseId, out var number) ? number : $"#{caseId}";
}
