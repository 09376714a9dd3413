using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Reports.Digest;

namespace CaseCoach.Bot.Plugins.Digest;

/// <summary>
/// Issue 13, R23-R27: the monthly digest to each director of quality, a card in Teams (email twin when Teams cannot
/// reach them) with the month's headline figures and a link to the dashboard. The figures are core/Reports/Digest.
/// </summary>
public sealed class DigestPlugin : IBotPlugin
{
    public string Name => "digest";

    public void Register(PluginRegistration registration) => registration.Sweep<MonthlyDigestSweep>();

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<SendMonthlyDigests>();
        services.AddSingleton<INoticeCard<MonthlyDigestNotice>, MonthlyDigestNoticeCard>();
    }
}
