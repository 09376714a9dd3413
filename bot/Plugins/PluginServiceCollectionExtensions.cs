using CaseCoach.Bot.Outbound;
using CaseCoach.Bot.Plugins.ActionItems;
using CaseCoach.Bot.Plugins.Clocks;
using CaseCoach.Bot.Plugins.Coaching;
using CaseCoach.Bot.Plugins.Delivery;
using CaseCoach.Bot.Plugins.Home;
using CaseCoach.Bot.Plugins.Retention;
using CaseCoach.Bot.Plugins.Reviews;
using CaseCoach.Bot.Sweeps;
using CaseCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoach.Bot.Plugins;

public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// The shared turn helpers and outbound toolkit, then every plugin with its own services and the handler types it
    /// declares (resolved per turn). To add a plugin, add one AddPlugin line.
    /// </summary>
    public static IServiceCollection AddBotPlugins(this IServiceCollection services)
    {
        services.AddOutbound();
        services.AddScoped<TurnActor>();
        services.AddScoped<RefusalResponses>();

        services.AddPlugin<HomePlugin>();
        services.AddPlugin<ReviewsPlugin>();
        services.AddPlugin<CoachingPlugin>();
        services.AddPlugin<ActionItemsPlugin>();
        services.AddPlugin<ClocksPlugin>();
        services.AddPlugin<DeliveryPlugin>();
        services.AddPlugin<RetentionPlugin>();
        services.AddPlugin<Digest.DigestPlugin>();
        services.AddActionItemServices();
        services.AddSingleton<PluginCatalog>();
        services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SweepService>();
        services.AddHostedService(sp => sp.GetRequiredService<SweepService>());
        return services;
    }

    private static void AddPlugin<TPlugin>(this IServiceCollection services) where TPlugin : class, IBotPlugin, new()
    {
        var plugin = new TPlugin();
        services.AddSingleton<IBotPlugin>(plugin);
        var registration = new PluginRegistration(plugin.Name);
        plugin.Register(registration);
        plugin.AddServices(services);
        foreach (var (_, handler, _) in registration.Verbs) services.TryAddScoped(handler); // one handler may take several verbs
        foreach (var (_, _, handler) in registration.Commands) services.AddScoped(handler);
        foreach (var sweep in registration.Sweeps) services.AddScoped(sweep);
    }
}
