using CaseCoach.Bot.Graph;
using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions;
using NodaTime;
using AttendeeAvailability = CaseCoach.Core.Scheduling.AttendeeAvailability;
using CoreCalendarEvent = CaseCoach.Core.Scheduling.CalendarEvent;
using GraphEmailAddress = Microsoft.Graph.Models.EmailAddress;

namespace CaseCoach.Bot.Calendar;

/// <summary>
/// Microsoft Graph calendars with application permissions: free/busy and working hours from getSchedule, and
/// sessions booked in <c>Calendar:Graph:OrganizerMailbox</c> with a Teams link; Exchange sends the invitations.
/// The SDK does not retry (see AddCaseCoachGraph): 429 and 5xx come back as transient results for the outbox.
/// </summary>
internal sealed class GraphCalendarProvider(
    GraphClientFactory graphClients, IOptions<CalendarOptions> options, TimeProvider time, ILogger<GraphCalendarProvider> logger)
    : ICalendarProvider
{
    private const string Provider = "Graph";

    /// <summary>Graph's finest free/busy grain; scheduleItems carry exact times anyway.</summary>
    private const int AvailabilityViewMinutes = 15;

    private string Organizer => options.Value.Graph.OrganizerMailbox ?? "";

    public Task<CalendarResult<IReadOnlyList<AttendeeAvailability>>> GetAvailabilityAsync(
        IReadOnlyList<CalendarPerson> people, Interval window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        return CallAsync<IReadOnlyList<AttendeeAvailability>>("availability", async graph =>
        {
            var body = new GetSchedulePostRequestBody
            {
                Schedules = [.. people.Select(p => p.Email)],
                StartTime = GraphSchedules.ToGraph(window.Start),
                EndTime = GraphSchedules.ToGraph(window.End),
                AvailabilityViewInterval = AvailabilityViewMinutes,
            };
            var response = await graph.Users[Organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, cancellationToken: cancellationToken);
            var schedules = (response?.Value ?? []).Where(s => s.ScheduleId is not null)
                .ToDictionary(s => s.ScheduleId!, StringComparer.OrdinalIgnoreCase);
            var availability = new List<AttendeeAvailability>(people.Count);
            foreach (var person in people)
            {
                if (!schedules.TryGetValue(person.Email, out var schedule) || schedule.Error is not null)
                {
                    // Treating an unknown calendar as free could double-book the person: refuse instead.
                    var error = schedule?.Error is { } e ? $"{e.ResponseCode}: {e.Message}" : "no schedule returned";
                    return new CalendarResult<IReadOnlyList<AttendeeAvailability>>.Failed($"Graph has no free/busy for {person.Email} ({error}).");
                }

                availability.Add(GraphSchedules.ToAvailability(schedule, person));
            }

            return new CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done(availability);
        }, cancellationToken);
    }

    public Task<CalendarResult<CoreCalendarEvent>> CreateEventAsync(BookingRequest booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return CallAsync<CoreCalendarEvent>("create", async graph =>
        {
            var request = ToEvent(booking);
            // Graph returns the event already created with this transactionId instead of a duplicate.
            request.TransactionId = booking.IdempotencyKey;
            var created = await graph.Users[Organizer].Events.PostAsync(request, cancellationToken: cancellationToken);
            return Booked(booking.IdempotencyKey, "created", created);
        }, cancellationToken);
    }

    public Task<CalendarResult<CoreCalendarEvent>> UpdateEventAsync(string eventId, BookingRequest booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return CallAsync<CoreCalendarEvent>("update", async graph =>
        {
            var updated = await graph.Users[Organizer].Events[eventId].PatchAsync(ToEvent(booking), cancellationToken: cancellationToken);
            return Booked(booking.IdempotencyKey, "updated", updated);
        }, cancellationToken);
    }

    public Task<CalendarResult<CoreCalendarEvent>> CancelEventAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        CallAsync<CoreCalendarEvent>("cancel", async graph =>
        {
            try
            {
                await graph.Users[Organizer].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 404)
            {
                // Cancelling removes the event from the organiser's calendar, so a repeat finds nothing: already done.
            }

            Log.Booked(logger, eventId, "cancelled", Provider);
            return new CalendarResult<CoreCalendarEvent>.Done(new CoreCalendarEvent(eventId));
        }, cancellationToken);

    private CalendarResult<CoreCalendarEvent> Booked(string idempotencyKey, string action, Event? graphEvent)
    {
        if (graphEvent?.Id is not { } id)
        {
            return new CalendarResult<CoreCalendarEvent>.Transient($"Graph answered the {action} event call without an event id.");
        }

        Log.Booked(logger, idempotencyKey, action, Provider);
        return new CalendarResult<CoreCalendarEvent>.Done(new CoreCalendarEvent(id, graphEvent.OnlineMeeting?.JoinUrl));
    }

    private static Event ToEvent(BookingRequest booking)
    {
        var graphEvent = new Event
        {
            Subject = booking.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = booking.HtmlBody },
            Start = GraphSchedules.ToGraph(booking.Start),
            End = GraphSchedules.ToGraph(booking.End),
            Attendees = [.. booking.Attendees.Select(a => new Attendee
            {
                EmailAddress = new GraphEmailAddress { Address = a.Email, Name = a.Name },
                Type = a.Required ? AttendeeType.Required : AttendeeType.Optional,
            })],
            IsOnlineMeeting = booking.OnlineMeeting,
        };
        if (booking.OnlineMeeting)
        {
            graphEvent.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        }

        return graphEvent;
    }

    private async Task<CalendarResult<T>> CallAsync<T>(
        string operation, Func<Microsoft.Graph.GraphServiceClient, Task<CalendarResult<T>>> call, CancellationToken cancellationToken)
    {
        using var graph = graphClients.Create();
        try
        {
            return await call(graph);
        }
        catch (ApiException ex)
        {
            var status = $"HTTP {ex.ResponseStatusCode}";
            var reason = $"Graph {operation} returned {ex.ResponseStatusCode}: {Describe(ex)}";
            if (GraphRetryAfter.IsTransient(ex.ResponseStatusCode))
            {
                Log.TransientFailure(logger, operation, Provider, status);
                return new CalendarResult<T>.Transient(reason, GraphRetryAfter.From(ex, time.GetUtcNow()));
            }

            Log.Refused(logger, operation, Provider, status);
            return new CalendarResult<T>.Failed(reason);
        }
        catch (Exception ex) when (ex is HttpRequestException or MsalException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Network trouble, an HttpClient timeout or no token (Entra ID down, secret expired) all pass or get fixed.
            Log.TransientFailure(logger, operation, Provider, ex.GetType().Name);
            return new CalendarResult<T>.Transient($"Graph could not be reached: {ex.Message}");
        }
        catch (FormatException ex)
        {
            Log.Refused(logger, operation, Provider, "unreadable answer");
            return new CalendarResult<T>.Failed(ex.Message);
        }
    }

    private static string Describe(ApiException ex) =>
        ex is ODataError { Error: { } error } ? $"{error.Code}: {error.Message}" : ex.Message;
}
