using System.Globalization;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;
using NodaTime;

namespace CaseCoach.Cards.Reviews;

/// <summary>
/// One line of `my reviews` and of the assignment notice: why the case is on the list (R1: score, risk factors,
/// children's ages, prior reports). The review must be loaded with its case, the case's children and its jurisdiction.
/// </summary>
public sealed class ReviewListItems(InstrumentCatalog instruments, ITextRenderer texts, TimeProvider time)
{
    public ReviewListItem For(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var today = Today(review.Jurisdiction.TimeZone);
        var reviewed = review.Case;
        return new ReviewListItem(review.Key, reviewed.Name, reviewed.ExternalCaseId,
            instruments.Find(review.InstrumentKey)?.Name ?? review.InstrumentKey, ReviewViews.DueAt(review.DueOn),
            today > review.DueOn, review.Status == ReviewStatus.InProgress,
            reviewed.Score.ToString("0.###", CultureInfo.InvariantCulture),
            string.Join(", ", reviewed.RiskFactors),
            texts.Render(new ChildrenAgesText(reviewed.Children.Select(c => Years(c.BirthDate, today)).Order().ToList())),
            reviewed.PriorReports is { } reports ? reports.ToString(CultureInfo.InvariantCulture) : "");
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
