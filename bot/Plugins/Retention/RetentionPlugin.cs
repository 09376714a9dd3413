using CaseCoach.Core.Retention;

namespace CaseCoach.Bot.Plugins.Retention;

/// <summary>
/// Issue 14 item 5, bounded storage: a sweep that prunes the records which only serve delivery (processed
/// activities, delivered outbox rows) after the windows of section <c>Retention</c>.
/// </summary>
public sealed class RetentionPlugin : IBotPlugin
{
    public string Name => "retention";

    public void Register(PluginRegistration registration) => registration.Sweep<RetentionSweep>();

    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PruneExpiredRecords>();
    }
}
