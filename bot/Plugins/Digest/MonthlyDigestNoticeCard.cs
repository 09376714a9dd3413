using System.Globalization;
using System.Text.Json;
using CaseCoach.Bot.Cli.Package;
using CaseCoach.Bot.Outbound;
using CaseCoach.Bot.Reports;
using CaseCoach.Cards;
using CaseCoach.Cards.Reports;
using CaseCoach.Core.Reports.Digest;

namespace CaseCoach.Bot.Plugins.Digest;

/// <summary>
/// The digest as its card: figures as whole percentages, months by name, and the dashboard's address on the bot's
/// domain (<c>Teams:BotDomain</c>, the one the manifest's Reports tab opens); without it the card points to the tab.
/// </summary>
public sealed class MonthlyDigestNoticeCard(ICardRenderer cards, IConfiguration configuration) : INoticeCard<MonthlyDigestNotice>
{
    public JsonElement Render(MonthlyDigestNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var digest = notice.Digest;
        var change = digest.YesChangePoints switch { null => "", > 0 => "up", < 0 => "down", _ => "same" };
        return cards.Render(new DigestCard(
            digest.Jurisdiction.Name, MonthName(digest.Month.Start), MonthName(digest.Month.Start.AddMonths(-1)),
            digest.Reviews.ToString(CultureInfo.InvariantCulture), digest.HasReviews, ReportFormat.Percent(digest.YesShare), change, Math.Abs(digest.YesChangePoints ?? 0),
            ReportFormat.Percent(digest.FeedbackShare), digest.FeedbackWithin, digest.FeedbackMeasured,
            digest.FlagsApply, digest.OpenJumpFlags, digest.RepeatStaffings, ReportsUrl()));
    }

    private static string MonthName(DateOnly start) => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private string ReportsUrl() =>
        configuration[TeamsAppValues.BotDomainKey] is { Length: > 0 } domain ? $"https://{domain.Trim().ToLowerInvariant()}/reports" : "";
}
