using System.Text.Json;
using CaseCoach.Bot.Cli.Package;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.Reports;
using CaseCoach.Core.Reports.Digest;

namespace CaseCoach.Bot.Plugins.Digest;

/// <summary>The digest card, linking the dashboard on the bot's domain (<c>Teams:BotDomain</c>, the one the Reports tab opens).</summary>
public sealed class MonthlyDigestNoticeCard(ICardRenderer cards, IConfiguration configuration) : INoticeCard<MonthlyDigestNotice>
{
    public JsonElement Render(MonthlyDigestNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var url = configuration[TeamsAppValues.BotDomainKey] is { Length: > 0 } domain ? $"https://{domain.Trim().ToLowerInvariant()}/reports" : "";
        return cards.Render(DigestView.Of(notice.Digest, url));
    }
}
