using System.Globalization;
using CaseCoach.Core.Reports.Digest;

namespace CaseCoach.Cards.Reports;

/// <summary>The digest as its card: figures as whole percentages, months by name, the dashboard's address as given.</summary>
public static class DigestView
{
    /// <param name="reportsUrl">The dashboard on the bot's domain, or "" (the card then points to the Reports tab).</param>
    public static DigestCard Of(MonthlyDigest digest, string reportsUrl)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var change = digest.YesChangePoints switch { null => "", > 0 => "up", < 0 => "down", _ => "same" };
        return new DigestCard(
            digest.Jurisdiction.Name, MonthName(digest.Month.Start), MonthName(digest.Month.Start.AddMonths(-1)),
            digest.Reviews.ToString(CultureInfo.InvariantCulture), digest.HasReviews, Phrasing.Percent(digest.YesShare), change,
            Math.Abs(digest.YesChangePoints ?? 0), Phrasing.Percent(digest.FeedbackShare), digest.FeedbackWithin, digest.FeedbackMeasured,
            digest.FlagsApply, digest.OpenJumpFlags, digest.RepeatStaffings, reportsUrl,
            digest.StillOpen.Count, digest.StillOpen.Take(MonthlyDigest.OpenChecksListed).Select(Line).ToList(),
            Math.Max(0, digest.StillOpen.Count - MonthlyDigest.OpenChecksListed));
    }

    private static DigestOpenCheck Line(OpenCheckLine check) => new(
        check.Dimension == CaseCoach.Core.Reports.JumpDimension.Question
            ? $"Question {(check.QuestionNumber > 0 ? check.QuestionNumber.ToString(CultureInfo.InvariantCulture) : check.QuestionId)}"
            : check.UnitName,
        MonthName(check.MonthFlagged.Start), check.AgeDays);

    private static string MonthName(DateOnly start) => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
