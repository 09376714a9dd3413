using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoach.Tests.Hosting;

/// <summary>
/// The container the host builds for one area (mail, calendar, …) from configuration alone, with a
/// fake clock: the area's own registration is tested without starting the whole bot.
/// </summary>
internal static class AreaServices
{
    public static ServiceProvider Build(
        IDictionary<string, string?> settings, DateTimeOffset now,
        Action<IServiceCollection, IConfiguration> addArea, Action<IServiceCollection>? overrides = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        addArea(services, configuration);
        overrides?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Runs the same checks the host runs before it starts listening.</summary>
    public static void ValidateAsAtStartUp(this IServiceProvider services) =>
        services.GetRequiredService<IStartupValidator>().Validate();
}
