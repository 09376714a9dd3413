using CaseCoach.Bot.Calendar;
using CaseCoach.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Calendar;

/// <summary>The container the host builds for the calendar, from configuration alone, with a fake clock.</summary>
internal static class CalendarServices
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? overrides = null) =>
        AreaServices.Build(settings, Now, (services, configuration) => services.AddCaseCoachCalendar(configuration), overrides);
}
