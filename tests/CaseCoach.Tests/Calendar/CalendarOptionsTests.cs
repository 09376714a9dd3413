using CaseCoach.Tests.Hosting;
using CaseCoach.Bot.Calendar;
using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CaseCoach.Tests.Calendar;

public sealed class CalendarOptionsTests
{
    [Fact]
    public void With_no_configuration_the_local_calendar_reads_the_calendars_folder_under_the_data_folder()
    {
        using var services = CalendarServices.Build(new Dictionary<string, string?> { ["Data:Folder"] = "/srv/casecoach" });

        services.ValidateAsAtStartUp();
        var options = services.GetRequiredService<IOptions<CalendarOptions>>().Value;
        Assert.Equal(CalendarProvider.Local, options.Provider);
        Assert.Equal(Path.Combine("/srv/casecoach", "calendars"), options.LocalFolder);
        Assert.IsType<LocalCalendarProvider>(services.GetRequiredService<ICalendarProvider>());
    }

    [Fact]
    public void Local_folder_defaults_to_data_calendars_when_no_data_folder_is_set()
    {
        using var services = CalendarServices.Build(new Dictionary<string, string?>());

        Assert.Equal(Path.Combine("./data", "calendars"), services.GetRequiredService<IOptions<CalendarOptions>>().Value.LocalFolder);
    }

    [Fact]
    public void Graph_without_organizer_mailbox_or_app_registration_fails_start_up_naming_the_keys_to_set()
    {
        using var services = CalendarServices.Build(new Dictionary<string, string?> { ["Calendar:Provider"] = "Graph" });

        var failure = Assert.Throws<OptionsValidationException>(services.ValidateAsAtStartUp);
        Assert.Contains(failure.Failures, f => f.Contains("set Calendar:Graph:OrganizerMailbox", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("set MicrosoftAppId", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("set MicrosoftAppTenantId", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_local_organizer_fails_start_up_naming_the_key()
    {
        using var services = CalendarServices.Build(new Dictionary<string, string?> { ["Calendar:OrganizerEmail"] = "nobody" });

        var failure = Assert.Throws<OptionsValidationException>(services.ValidateAsAtStartUp);
        Assert.Contains("set Calendar:OrganizerEmail", Assert.Single(failure.Failures));
    }

    [Fact]
    public void Unknown_provider_fails_start_up_naming_the_key()
    {
        using var services = CalendarServices.Build(new Dictionary<string, string?> { ["Calendar:Provider"] = "Abacus" });

        var failure = Assert.ThrowsAny<InvalidOperationException>(services.ValidateAsAtStartUp);
        Assert.Contains("Calendar:Provider", failure.Message);
    }

    [Fact]
    public void Complete_graph_configuration_chooses_the_graph_provider()
    {
        using var services = CalendarServices.Build(new Dictionary<string, string?>
        {
            ["Calendar:Provider"] = "Graph", ["Calendar:Graph:OrganizerMailbox"] = "coaching@contoso.test",
            ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppTenantId"] = "tenant",
        });

        services.ValidateAsAtStartUp();
        Assert.IsType<GraphCalendarProvider>(services.GetRequiredService<ICalendarProvider>());
    }
}
