using System.Globalization;
using CaseCoach.Cards;
using CaseCoach.Core.Reports;

namespace CaseCoach.Bot.Reports;

/// <summary>How figures read on the pages: a share with its counts, or a dash where nothing was measured.</summary>
public static class ReportFormat
{
    public static string Percent(double? share) => Phrasing.Percent(share);

    /// <summary>
    /// A kappa with two decimals, or a dash where it is undefined (R25). Kappa is undefined when every rater gave the
    /// same answer throughout: full agreement then reads as such, not as a bare dash next to 100%.
    /// </summary>
    public static string Kappa(double? kappa, double? agreement = null) => kappa switch
    {
        { } k => k.ToString("0.00", CultureInfo.InvariantCulture),
        null when agreement is 1 => "– (one answer from all)",
        null => "–",
    };

    public static string Cell(AnswerTally tally) => tally.Performance is { } p ? $"{Percent(p)} ({tally.Yes}/{tally.Assessed})" : "–";

    /// <summary>Heat-map shade: red to green through the Yes share; the number in the cell carries the meaning too.</summary>
    public static string Shade(double? share) => share is { } s ? $"background:hsl({(int)(s * 120)},70%,85%)" : "background:#eee";
}
