using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CaseCoach.Tests.Calendar;

/// <summary>
/// Graph's calendar endpoints added to the loopback <see cref="FakeGraph"/>: getSchedule answers with
/// <see cref="ScheduleAnswer"/>, events are created (deduplicated by transactionId as Graph does), patched and
/// cancelled. Every call is recorded; a reply queued on <see cref="Graph"/> answers the next call instead.
/// </summary>
internal sealed class FakeGraphCalendar : IAsyncDisposable
{
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/fake-meeting";

    private readonly ConcurrentDictionary<string, string> eventIdsByTransaction = new();
    private int nextEventId;

    public sealed record Call(string Method, string Path, string? Authorization, JsonElement Body);

    public FakeGraph Graph { get; private set; } = null!;

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The JSON getSchedule returns: { "value": [ scheduleInformation, ... ] }.</summary>
    public JsonObject ScheduleAnswer { get; set; } = new() { ["value"] = new JsonArray() };

    public static async Task<FakeGraphCalendar> StartAsync(CancellationToken cancellationToken)
    {
        var calendar = new FakeGraphCalendar();
        calendar.Graph = await FakeGraph.StartAsync(cancellationToken, (app, graph) =>
        {
            app.MapPost("/v1.0/users/{mailbox}/calendar/getSchedule", (HttpContext c) => calendar.AnswerAsync(c, calendar.ScheduleAnswer, 200));
            app.MapPost("/v1.0/users/{mailbox}/events", (HttpContext c) => calendar.AnswerAsync(c, null, 201));
            app.MapPatch("/v1.0/users/{mailbox}/events/{id}", (HttpContext c) => calendar.AnswerAsync(c, null, 200));
            app.MapPost("/v1.0/users/{mailbox}/events/{id}/cancel", (HttpContext c) => calendar.AnswerAsync(c, null, 202));
        });
        return calendar;
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();

    private async Task AnswerAsync(HttpContext context, JsonObject? answer, int status)
    {
        var body = context.Request.ContentLength is 0 ? default : await FakeGraph.ReadJsonAsync(context);
        Calls.Enqueue(new Call(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization, body));
        if (await Graph.TryReplyWithQueuedAsync(context))
        {
            return;
        }

        context.Response.StatusCode = status;
        if (status == 202)
        {
            return;
        }

        await context.Response.WriteAsJsonAsync(answer ?? EventAnswer(context, body), context.RequestAborted);
    }

    /// <summary>An event as Graph returns it: an id, the transactionId it was created with and the Teams join link.</summary>
    private JsonObject EventAnswer(HttpContext context, JsonElement body)
    {
        var id = context.Request.RouteValues["id"] as string;
        if (id is null)
        {
            var transaction = body.TryGetProperty("transactionId", out var t) ? t.GetString() ?? "" : "";
            id = eventIdsByTransaction.GetOrAdd(transaction, _ => $"AAMkAD-event-{Interlocked.Increment(ref nextEventId)}");
        }

        return new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('organizer')/events/$entity",
            ["id"] = id,
            ["subject"] = body.TryGetProperty("subject", out var subject) ? subject.GetString() : null,
            ["isOnlineMeeting"] = true,
            ["onlineMeetingProvider"] = "teamsForBusiness",
            ["onlineMeeting"] = new JsonObject { ["joinUrl"] = JoinUrl },
        };
    }
}
