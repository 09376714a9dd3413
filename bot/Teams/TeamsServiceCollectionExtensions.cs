using CaseCoach.Bot.Graph;
using CaseCoach.Bot.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>Section <c>Teams</c>; with <c>Teams:CatalogAppId</c> set, people without a chat get the app installed (Graph).</summary>
    public static IServiceCollection AddCaseCoachTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.AddCaseCoachGraph(configuration);
        services.AddScoped<GraphPersonalChatOpener>();
        services.AddSingleton<InstallRefusals>();
        // Decided when resolved, so configuration added later (tests, hosts) counts.
        services.Replace(ServiceDescriptor.Scoped<IPersonalChatOpener>(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value.InstallsProactively
            ? sp.GetRequiredService<GraphPersonalChatOpener>()
            : new NoPersonalChatOpener()));
        return services;
    }
}
