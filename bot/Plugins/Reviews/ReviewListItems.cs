using System.Globalization;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// One line of `my reviews` and of the assignment notice: why the case is on the list (R1: score, risk factors,
/// children's ages, prior reports). The review must be loaded with its case, the case's children and its jurisdiction.
/// </summary>
public sealed class ReviewListItems(InstrumentCatalog instruments, TimeProvider time)
{
    public ReviewListItem For(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var today = Today(review.Jurisdiction.TimeZone);
        var reviewed = review.Case;
        return new ReviewListItem(review.Key, reviewed.Name, reviewed.ExternalCaseId,
            instruments.Find(review.InstrumentKey)?.Name ?? review.InstrumentKey, ReviewCards.DueAt(review.DueOn),
            today > review.DueOn, review.Status == ReviewStatus.InProgress,
            reviewed.Score.ToString("0.###", CultureInfo.InvariantCulture),
            string.Join(", ", reviewed.RiskFactors),
            ChildrenAges(reviewed.Children.Select(c => c.BirthDate), today),
            reviewed.PriorReports is { } reports ? reports.ToString(CultureInfo.InvariantCulture) : "");
    }

    /// <summary>"ages 2, 7" youngest first; a baby under one is "under 1".</summary>
    public static string ChildrenAges(IEnumerable<DateOnly> birthDates, DateOnly today)
    {
        var ages = birthDates.Select(b => Years(b, today)).Order().Select(a => a < 1 ? "under 1" : a.ToString(CultureInfo.InvariantCulture)).ToList();
        return ages.Count switch { 0 => "", 1 => $"age {ages[0]}", _ => $"ages {string.Join(", ", ages)}" };
    }

    private static int Years(DateOnly born, DateOnly today)
    {
        var years = today.Year - born.Year;
        return born.AddYears(years) > today ? years - 1 : years;
    }

    /// <summary>"Overdue" and ages are judged by the calendar of the jurisdiction the case is reviewed in.</summary>
    private DateOnly Today(string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        return Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(zone).Date.ToDateOnly();
    }
}
