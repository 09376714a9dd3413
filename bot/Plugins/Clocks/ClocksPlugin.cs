using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.Clocks;
using CaseCoach.Cards.Delivery;
using CaseCoach.Core.Clocks;

namespace CaseCoach.Bot.Plugins.Clocks;

/// <summary>
/// Issue 12 item 4, R7, R8, R13, R16, R20, R27: a clock on every hand-off. The sweep nudges the holder of a step that
/// ran late and tells the QA supervisor a business day later; the decisions are core/Clocks.
/// </summary>
public sealed class ClocksPlugin : IBotPlugin
{
    public string Name => "clocks";

    public void Register(PluginRegistration registration) => registration.Sweep<HandOffClockSweep>();

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ClockPeople>();
        services.AddScoped<IHandOffClock, DecisionClock>();
        services.AddScoped<IHandOffClock, CoachingRequestClock>();
        services.AddScoped<IHandOffClock, CoachingSessionClock>();
        services.AddScoped<IHandOffClock, DocumentationClock>();
        services.AddScoped<IHandOffClock, BarrierClock>();
        services.AddScoped<IHandOffClock, FeedbackClock>();
        services.AddScoped<NudgeStalledHandOffs>();
        services.AddSingleton<INoticeText<StalledHandOffNotice>, StalledHandOffNoticeText>();
    }
}
