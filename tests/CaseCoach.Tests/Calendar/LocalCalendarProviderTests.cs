using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace CaseCoach.Tests.Calendar;

public sealed class LocalCalendarProviderTests : IDisposable
{
    private const string Supervisor = "supervisor@contoso.test";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Interval Week = new(Instant.FromUtc(2026, 3, 2, 5, 0), Instant.FromUtc(2026, 3, 7, 5, 0));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casecoach-calendar-" + Guid.NewGuid().ToString("N"));

    public LocalCalendarProviderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ServiceProvider Services() => CalendarServices.Build(new Dictionary<string, string?> { ["Calendar:LocalFolder"] = folder });

    private static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + string.Concat(events.Select((e, i) => $"BEGIN:VEVENT\r\nUID:e{i}\r\n{e}\r\nEND:VEVENT\r\n")) + "END:VCALENDAR\r\n";

    private async Task<AttendeeAvailability> AvailabilityAsync(string email, ServiceProvider? services = null)
    {
        using var owned = services is null ? Services() : null;
        var provider = (services ?? owned!).GetRequiredService<ICalendarProvider>();
        var result = await provider.GetAvailabilityAsync([new CalendarPerson(email, NewYork)], Week, TestContext.Current.CancellationToken);
        return Assert.Single(Assert.IsType<CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done>(result).Value);
    }

    [Fact]
    public async Task Busy_times_come_from_the_persons_ics_file_in_tzid_utc_and_windows_zone_names()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "Supervisor@Contoso.test.ics"), Calendar(
            "DTSTART;TZID=America/New_York:20260302T100000\r\nDTEND;TZID=America/New_York:20260302T113000",
            "DTSTART:20260303T150000Z\r\nDTEND:20260303T160000Z",
            "DTSTART;TZID=Pacific Standard Time:20260304T090000\r\nDTEND;TZID=Pacific Standard Time:20260304T100000"), TestContext.Current.CancellationToken);

        var availability = await AvailabilityAsync(Supervisor);

        Assert.Equal(
            [
                new BusyBlock(Instant.FromUtc(2026, 3, 2, 15, 0), Instant.FromUtc(2026, 3, 2, 16, 30)),
                new BusyBlock(Instant.FromUtc(2026, 3, 3, 15, 0), Instant.FromUtc(2026, 3, 3, 16, 0)),
                new BusyBlock(Instant.FromUtc(2026, 3, 4, 17, 0), Instant.FromUtc(2026, 3, 4, 18, 0)),
            ],
            availability.Busy.OrderBy(b => b.Start));
    }

    [Fact]
    public async Task An_all_day_event_blocks_the_whole_day_in_the_persons_zone()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, $"{Supervisor}.ics"),
            Calendar("DTSTART;VALUE=DATE:20260304\r\nDTEND;VALUE=DATE:20260305"), TestContext.Current.CancellationToken);

        var availability = await AvailabilityAsync(Supervisor);

        Assert.Equal(new BusyBlock(Instant.FromUtc(2026, 3, 4, 5, 0), Instant.FromUtc(2026, 3, 5, 5, 0)), Assert.Single(availability.Busy));
    }

    [Fact]
    public async Task Recurring_events_expand_and_cancelled_or_free_events_leave_time_free()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, $"{Supervisor}.ics"), Calendar(
            "DTSTART;TZID=America/New_York:20260302T090000\r\nDTEND;TZID=America/New_York:20260302T093000\r\nRRULE:FREQ=DAILY;COUNT=3",
            "DTSTART:20260305T150000Z\r\nDTEND:20260305T160000Z\r\nSTATUS:CANCELLED",
            "DTSTART:20260306T150000Z\r\nDTEND:20260306T160000Z\r\nTRANSP:TRANSPARENT"), TestContext.Current.CancellationToken);

        var availability = await AvailabilityAsync(Supervisor);

        Assert.Equal(
            [Instant.FromUtc(2026, 3, 2, 14, 0), Instant.FromUtc(2026, 3, 3, 14, 0), Instant.FromUtc(2026, 3, 4, 14, 0)],
            availability.Busy.Select(b => b.Start).Order());
    }

    [Fact]
    public async Task Someone_without_a_calendar_file_is_free_and_works_the_default_hours_in_their_zone()
    {
        var availability = await AvailabilityAsync("new.caseworker@contoso.test");

        Assert.Empty(availability.Busy);
        Assert.Equal(WorkingHours.MondayToFriday, availability.WorkingHours.Days);
        Assert.Equal((new LocalTime(8, 30), new LocalTime(17, 0), NewYork), (availability.WorkingHours.Start, availability.WorkingHours.End, availability.WorkingHours.Zone));
    }

    [Fact]
    public async Task A_broken_calendar_file_fails_the_lookup_naming_the_file_rather_than_reading_as_free()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, $"{Supervisor}.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", TestContext.Current.CancellationToken);
        using var services = Services();

        var result = await services.GetRequiredService<ICalendarProvider>().GetAvailabilityAsync(
            [new CalendarPerson(Supervisor, NewYork)], Week, TestContext.Current.CancellationToken);

        Assert.Contains($"{Supervisor}.ics", Assert.IsType<CalendarResult<IReadOnlyList<AttendeeAvailability>>.Failed>(result).Reason);
    }
}
