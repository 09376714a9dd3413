using CaseCoach.Bot.Graph;
using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICalendarProvider"/> for <c>Calendar:Provider</c> (Local or Graph) and start-up validation
    /// of the <c>Calendar</c> section.
    /// </summary>
    public static IServiceCollection AddCaseCoachCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CalendarOptions>()
            .BindConfiguration(CalendarOptions.SectionName)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.LocalFolder))
                {
                    options.LocalFolder = Path.Combine(configuration["Data:Folder"] ?? "./data", "calendars");
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddCaseCoachGraph(configuration);
        services.TryAddSingleton<LocalCalendarProvider>();
        services.TryAddSingleton<GraphCalendarProvider>();
        // Chosen when first resolved, not at registration, so configuration added later (tests, hosts) counts.
        services.TryAddSingleton<ICalendarProvider>(provider =>
            provider.GetRequiredService<IOptions<CalendarOptions>>().Value.Provider switch
            {
                CalendarProvider.Graph => provider.GetRequiredService<GraphCalendarProvider>(),
                _ => provider.GetRequiredService<LocalCalendarProvider>(),
            });
        return services;
    }
}
