using CaseCoach.Tests.Hosting;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Calendar;
using CaseCoach.Bot.Graph;
using CaseCoach.Core.Scheduling;
using CaseCoach.Tests.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Xunit;

namespace CaseCoach.Tests.Calendar;

public sealed class GraphCalendarProviderTests : IAsyncLifetime
{
    private const string Organizer = "coaching@contoso.test";
    private const string Supervisor = "supervisor@contoso.test";
    private const string Caseworker = "caseworker@contoso.test";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Interval Window = new(Instant.FromUtc(2026, 3, 2, 5, 0), Instant.FromUtc(2026, 3, 16, 4, 0));
    private FakeGraphCalendar fake = null!;
    private ServiceProvider services = null!;

    public async ValueTask InitializeAsync()
    {
        fake = await FakeGraphCalendar.StartAsync(TestContext.Current.CancellationToken);
        services = CalendarServices.Build(
            new Dictionary<string, string?>
            {
                ["Calendar:Provider"] = "Graph",
                ["Calendar:Graph:OrganizerMailbox"] = Organizer,
                ["Graph:BaseUrl"] = fake.Graph.BaseUrl,
                ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
                ["MicrosoftAppPassword"] = "unused-because-the-token-is-fixed",
                ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            },
            s => s.Replace(ServiceDescriptor.Singleton<IGraphAccessTokenProvider, FixedGraphToken>()));
        services.ValidateAsAtStartUp();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await fake.DisposeAsync();
    }

    private ICalendarProvider Provider => services.GetRequiredService<ICalendarProvider>();

    private static BookingRequest Booking() => new(
        "coaching-42", "Coaching: case 1001", "<p>Thanks for making time.</p>",
        Instant.FromUtc(2026, 3, 3, 15, 0), Instant.FromUtc(2026, 3, 3, 16, 0),
        [new BookingAttendee(Supervisor, "Sam Super", Required: true), new BookingAttendee(Caseworker, "Casey Worker", Required: false)]);

    private static JsonObject Item(string status, string start, string end) => new()
    {
        ["isPrivate"] = false, ["status"] = status, ["subject"] = "", ["location"] = "",
        ["start"] = new JsonObject { ["dateTime"] = start, ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = end, ["timeZone"] = "UTC" },
    };

    private static JsonObject Schedule(string id, string zoneName, params JsonObject[] items) => new()
    {
        ["scheduleId"] = id,
        ["availabilityView"] = "0020",
        ["scheduleItems"] = new JsonArray([.. items]),
        ["workingHours"] = new JsonObject
        {
            ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
            ["startTime"] = "08:00:00.0000000", ["endTime"] = "16:30:00.0000000",
            ["timeZone"] = new JsonObject { ["name"] = zoneName },
        },
    };

    private Task<CalendarResult<IReadOnlyList<AttendeeAvailability>>> AvailabilityAsync() => Provider.GetAvailabilityAsync(
        [new CalendarPerson(Supervisor, NewYork), new CalendarPerson(Caseworker, NewYork)], Window, TestContext.Current.CancellationToken);

    [Fact]
    public async Task GetSchedule_reads_busy_tentative_and_away_as_busy_and_working_hours_in_the_windows_zone()
    {
        fake.ScheduleAnswer = new JsonObject
        {
            ["value"] = new JsonArray(
                Schedule(Supervisor, "Pacific Standard Time",
                    Item("busy", "2026-03-02T15:00:00.0000000", "2026-03-02T16:00:00.0000000"),
                    Item("tentative", "2026-03-03T15:00:00.0000000", "2026-03-03T15:30:00.0000000"),
                    Item("oof", "2026-03-04T00:00:00.0000000", "2026-03-05T00:00:00.0000000"),
                    Item("free", "2026-03-06T15:00:00.0000000", "2026-03-06T16:00:00.0000000"),
                    Item("workingElsewhere", "2026-03-09T15:00:00.0000000", "2026-03-09T16:00:00.0000000")),
                Schedule(Caseworker, "Customized Time Zone")),
        };

        var result = await AvailabilityAsync();

        var availability = Assert.IsType<CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done>(result).Value;
        Assert.Equal(
            [Instant.FromUtc(2026, 3, 2, 15, 0), Instant.FromUtc(2026, 3, 3, 15, 0), Instant.FromUtc(2026, 3, 4, 0, 0)],
            availability[0].Busy.Select(b => b.Start));
        Assert.Equal(Instant.FromUtc(2026, 3, 5, 0, 0), availability[0].Busy[2].End);
        var hours = availability[0].WorkingHours;
        Assert.Equal((new LocalTime(8, 0), new LocalTime(16, 30), "America/Los_Angeles"), (hours.Start, hours.End, hours.Zone.Id));
        Assert.Equal(WorkingHours.MondayToFriday, hours.Days);
        // A custom Outlook zone has no IANA id: the person's own zone is used.
        Assert.Equal(NewYork, availability[1].WorkingHours.Zone);
    }

    [Fact]
    public async Task GetSchedule_posts_the_people_window_and_interval_for_the_organizer_with_the_bearer_token()
    {
        await AvailabilityAsync();

        // The SDK writes the action's parameters capitalised ("Schedules"); Graph reads names case-insensitively.
        var call = Assert.Single(fake.Calls);
        Assert.Equal(("POST", $"/v1.0/users/{Organizer}/calendar/getSchedule"), (call.Method, Uri.UnescapeDataString(call.Path)));
        Assert.Equal($"Bearer {FixedGraphToken.Token}", call.Authorization);
        Assert.Equal([Supervisor, Caseworker], FakeGraph.Property(call.Body, "schedules").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2026-03-02T05:00:00", FakeGraph.Property(call.Body, "startTime").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", FakeGraph.Property(call.Body, "startTime").GetProperty("timeZone").GetString());
        Assert.Equal("2026-03-16T04:00:00", FakeGraph.Property(call.Body, "endTime").GetProperty("dateTime").GetString());
        Assert.Equal(15, FakeGraph.Property(call.Body, "availabilityViewInterval").GetInt32());
    }

    [Fact]
    public async Task A_person_graph_cannot_look_up_fails_rather_than_reading_as_free()
    {
        var missing = Schedule(Caseworker, "Eastern Standard Time");
        missing["error"] = new JsonObject { ["message"] = "The specified mailbox was not found.", ["responseCode"] = "ErrorMailRecipientNotFound" };
        fake.ScheduleAnswer = new JsonObject { ["value"] = new JsonArray(Schedule(Supervisor, "Eastern Standard Time"), missing) };

        var result = await AvailabilityAsync();

        Assert.Contains("ErrorMailRecipientNotFound", Assert.IsType<CalendarResult<IReadOnlyList<AttendeeAvailability>>.Failed>(result).Reason);
    }

    [Fact]
    public async Task Throttled_getSchedule_is_transient_with_retry_after_and_the_sdk_does_not_retry()
    {
        fake.Graph.Enqueue(new FakeGraph.Reply(429, RetryAfter: "7", ErrorCode: "ApplicationThrottled"));

        var result = await AvailabilityAsync();

        var transient = Assert.IsType<CalendarResult<IReadOnlyList<AttendeeAvailability>>.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(7), transient.RetryAfter);
        Assert.Contains("ApplicationThrottled", transient.Reason);
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task Creating_sends_required_and_optional_attendees_a_teams_meeting_and_the_idempotency_key_as_transaction_id()
    {
        var result = await Provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken);

        var booked = Assert.IsType<CalendarResult<CalendarEvent>.Done>(result).Value;
        Assert.Equal(("AAMkAD-event-1", FakeGraphCalendar.JoinUrl), (booked.EventId, booked.JoinUrl));
        var call = Assert.Single(fake.Calls);
        Assert.Equal($"/v1.0/users/{Organizer}/events", Uri.UnescapeDataString(call.Path));
        var body = call.Body;
        Assert.Equal("coaching-42", body.GetProperty("transactionId").GetString());
        Assert.True(body.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", body.GetProperty("onlineMeetingProvider").GetString());
        Assert.Equal(
            [(Supervisor, "required"), (Caseworker, "optional")],
            body.GetProperty("attendees").EnumerateArray().Select(a => (a.GetProperty("emailAddress").GetProperty("address").GetString(), a.GetProperty("type").GetString())));
        Assert.Equal("2026-03-03T15:00:00", body.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", body.GetProperty("end").GetProperty("timeZone").GetString());
        Assert.Equal("html", body.GetProperty("body").GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Creating_twice_with_the_same_key_gives_back_the_same_event()
    {
        var first = await Provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken);
        var again = await Provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken);

        Assert.Equal(
            Assert.IsType<CalendarResult<CalendarEvent>.Done>(first).Value.EventId,
            Assert.IsType<CalendarResult<CalendarEvent>.Done>(again).Value.EventId);
    }

    [Fact]
    public async Task Unavailable_503_with_retry_after_is_transient()
    {
        fake.Graph.Enqueue(new FakeGraph.Reply(503, RetryAfter: "30", ErrorCode: "serviceNotAvailable"));

        var result = await Provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsType<CalendarResult<CalendarEvent>.Transient>(result).RetryAfter);
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task Forbidden_403_is_a_final_failure_with_graphs_error_code()
    {
        fake.Graph.Enqueue(new FakeGraph.Reply(403, ErrorCode: "ErrorAccessDenied"));

        var result = await Provider.CreateEventAsync(Booking(), TestContext.Current.CancellationToken);

        Assert.Contains("ErrorAccessDenied", Assert.IsType<CalendarResult<CalendarEvent>.Failed>(result).Reason);
    }

    [Fact]
    public async Task Updating_patches_the_event_without_a_transaction_id()
    {
        var result = await Provider.UpdateEventAsync("AAMkAD-event-7", Booking(), TestContext.Current.CancellationToken);

        Assert.Equal("AAMkAD-event-7", Assert.IsType<CalendarResult<CalendarEvent>.Done>(result).Value.EventId);
        var call = Assert.Single(fake.Calls);
        Assert.Equal(("PATCH", $"/v1.0/users/{Organizer}/events/AAMkAD-event-7"), (call.Method, Uri.UnescapeDataString(call.Path)));
        Assert.False(call.Body.TryGetProperty("transactionId", out _));
        Assert.Equal("Coaching: case 1001", call.Body.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Cancelling_posts_the_comment_and_an_event_already_gone_counts_as_cancelled()
    {
        var cancelled = await Provider.CancelEventAsync("AAMkAD-event-7", "No longer needed.", TestContext.Current.CancellationToken);
        fake.Graph.Enqueue(new FakeGraph.Reply(404, ErrorCode: "ErrorItemNotFound"));
        var again = await Provider.CancelEventAsync("AAMkAD-event-7", "No longer needed.", TestContext.Current.CancellationToken);

        Assert.IsType<CalendarResult<CalendarEvent>.Done>(cancelled);
        Assert.IsType<CalendarResult<CalendarEvent>.Done>(again);
        var call = fake.Calls.First();
        Assert.Equal(("POST", $"/v1.0/users/{Organizer}/events/AAMkAD-event-7/cancel"), (call.Method, Uri.UnescapeDataString(call.Path)));
        Assert.Equal("No longer needed.", FakeGraph.Property(call.Body, "comment").GetString());
    }
}
