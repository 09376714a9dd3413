using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Xunit;
using IcalCalendar = Ical.Net.Calendar;

namespace CaseCoach.Tests.Calendar;

public sealed class LocalBookingTests : IDisposable
{
    private const string Supervisor = "supervisor@contoso.test";
    private const string Caseworker = "caseworker@contoso.test";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Interval Week = new(Instant.FromUtc(2026, 3, 2, 5, 0), Instant.FromUtc(2026, 3, 7, 5, 0));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casecoach-bookings-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private ServiceProvider Services() => CalendarServices.Build(new Dictionary<string, string?>
    {
        ["Calendar:LocalFolder"] = folder, ["Calendar:OrganizerEmail"] = "coaching@contoso.test",
    });

    private static BookingRequest Booking(string key = "coaching-42", int hour = 15) => new(
        key, "Coaching: a couple of questions about case 1001", "<p>Thanks for making time.</p>",
        Instant.FromUtc(2026, 3, 3, hour, 0), Instant.FromUtc(2026, 3, 3, hour + 1, 0),
        [new BookingAttendee(Supervisor, "Sam Super", Required: true), new BookingAttendee(Caseworker, "Casey Worker", Required: false)]);

    private static CalendarEvent Done(CalendarResult<CalendarEvent> result) => Assert.IsType<CalendarResult<CalendarEvent>.Done>(result).Value;

    private static async Task<IReadOnlyList<AttendeeAvailability>> AvailabilityAsync(ServiceProvider services) =>
        Assert.IsType<CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done>(await services.GetRequiredService<ICalendarProvider>()
            .GetAvailabilityAsync([new CalendarPerson(Supervisor, NewYork), new CalendarPerson("other@contoso.test", NewYork)], Week, TestContext.Current.CancellationToken)).Value;

    [Fact]
    public async Task Booking_returns_an_ics_request_whose_uid_is_the_idempotency_key_with_required_and_optional_attendees()
    {
        using var services = Services();

        var booked = Done(await services.GetRequiredService<ICalendarProvider>().CreateEventAsync(Booking(), TestContext.Current.CancellationToken));

        Assert.Equal("coaching-42", booked.EventId);
        Assert.Null(booked.JoinUrl);
        var calendar = IcalCalendar.Load(booked.InvitationIcs!)!;
        Assert.Equal("REQUEST", calendar.Method);
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal("coaching-42", invitation.Uid);
        Assert.Equal("mailto:coaching@contoso.test", invitation.Organizer?.Value?.OriginalString);
        Assert.Equal("Thanks for making time.", invitation.Description);
        Assert.Equal(new DateTime(2026, 3, 3, 15, 0, 0), invitation.DtStart?.Value);
        Assert.True(invitation.DtStart?.IsUtc == true);
        Assert.Equal(["REQ-PARTICIPANT", "OPT-PARTICIPANT"], invitation.Attendees.Select(a => a.Role));
        Assert.Equal("Sam Super", invitation.Attendees[0].CommonName);
    }

    [Fact]
    public async Task A_restarted_bot_still_counts_its_own_bookings_as_busy_for_the_attendees_only()
    {
        using (var first = Services())
        {
            Done(await first.GetRequiredService<ICalendarProvider>().CreateEventAsync(Booking(), TestContext.Current.CancellationToken));
        }

        using var restarted = Services();
        var availability = await AvailabilityAsync(restarted);

        Assert.Equal(new BusyBlock(Instant.FromUtc(2026, 3, 3, 15, 0), Instant.FromUtc(2026, 3, 3, 16, 0)), Assert.Single(availability[0].Busy));
        Assert.Empty(availability[1].Busy);
    }

    [Fact]
    public async Task Booking_again_with_the_same_key_returns_the_same_invitation_and_books_nothing_new()
    {
        using var services = Services();
        var provider = services.GetRequiredService<ICalendarProvider>();
        var first = Done(await provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken));
        ((FakeTimeProvider)services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(5));

        var again = Done(await provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken));

        Assert.Equal(first.InvitationIcs, again.InvitationIcs);
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "bookings")));
    }

    [Fact]
    public async Task Moving_a_booking_raises_its_sequence_and_moves_the_busy_time()
    {
        using var services = Services();
        var provider = services.GetRequiredService<ICalendarProvider>();
        Done(await provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken));

        var moved = Done(await provider.UpdateEventAsync("coaching-42", Booking(key: "coaching-42-move", hour: 18), TestContext.Current.CancellationToken));

        var invitation = Assert.Single(IcalCalendar.Load(moved.InvitationIcs!)!.Events);
        Assert.Equal(("coaching-42", 1), (invitation.Uid, invitation.Sequence));
        Assert.Equal(Instant.FromUtc(2026, 3, 3, 18, 0), Assert.Single((await AvailabilityAsync(services))[0].Busy).Start);
    }

    [Fact]
    public async Task Cancelling_sends_an_ics_cancel_frees_the_time_and_is_safe_to_repeat()
    {
        using var services = Services();
        var provider = services.GetRequiredService<ICalendarProvider>();
        Done(await provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken));

        var cancelled = Done(await provider.CancelEventAsync("coaching-42", "No longer needed.", TestContext.Current.CancellationToken));
        var again = Done(await provider.CancelEventAsync("coaching-42", "No longer needed.", TestContext.Current.CancellationToken));

        var calendar = IcalCalendar.Load(cancelled.InvitationIcs!)!;
        Assert.Equal("CANCEL", calendar.Method);
        var cancel = Assert.Single(calendar.Events);
        Assert.Equal(("coaching-42", 1, "CANCELLED"), (cancel.Uid, cancel.Sequence, cancel.Status));
        Assert.Equal(2, cancel.Attendees.Count);
        Assert.Equal(cancelled.InvitationIcs, again.InvitationIcs);
        Assert.Empty((await AvailabilityAsync(services))[0].Busy);
    }

    [Fact]
    public async Task Updating_or_cancelling_an_unknown_booking_is_a_final_failure()
    {
        using var services = Services();
        var provider = services.GetRequiredService<ICalendarProvider>();

        Assert.IsType<CalendarResult<CalendarEvent>.Failed>(await provider.UpdateEventAsync("nope", Booking(), TestContext.Current.CancellationToken));
        Assert.IsType<CalendarResult<CalendarEvent>.Failed>(await provider.CancelEventAsync("nope", "x", TestContext.Current.CancellationToken));
    }
}
