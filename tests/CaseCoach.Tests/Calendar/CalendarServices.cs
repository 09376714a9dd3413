using CaseCoach.Bot.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoach.Tests.Calendar;

/// <summary>The container the host builds for the calendar, from configuration alone, with a fake clock.</summary>
internal static class CalendarServices
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? overrides = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddCaseCoachCalendar(configuration);
        overrides?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Runs the same checks the host runs before it starts listening.</summary>
    public static void ValidateAsAtStartUp(this IServiceProvider services) =>
        services.GetRequiredService<IStartupValidator>().Validate();
}
