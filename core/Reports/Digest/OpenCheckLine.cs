namespace CaseCoach.Core.Reports.Digest;

/// <summary>
/// R26: a jump flag's secondary review still open (some of its second reviews not yet in), as the digest lists it:
/// the question (its number) or the unit, the month that was flagged, and how many days the check has been open.
/// </summary>
public sealed record OpenCheckLine(JumpDimension Dimension, int QuestionNumber, string QuestionId, string UnitName, ReportPeriod MonthFlagged, int AgeDays);
