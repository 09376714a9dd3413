using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Coaching;

/// <summary>
/// The review world of <see cref="ReviewWorld"/> with a local calendar folder (one .ics file per busy person) and
/// the clock on Monday 23 November 2026, 09:00 in New York, driven up to a review decided as needing coaching.
/// </summary>
public sealed class CoachingWorld : IAsyncDisposable
{
    public const string Originator = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    public const string Monday9am = "2026-11-23T09:00:00-05:00";

    private CoachingWorld(ReviewWorld world, string calendars) => (World, CalendarFolder) = (world, calendars);

    public ReviewWorld World { get; }
    public string CalendarFolder { get; }
    public TestChannel Channel => World.Channel;
    public string ReviewKey { get; private set; } = "";

    /// <param name="settings">More host settings (e.g. proactive installation through the Graph fake).</param>
    public static async Task<CoachingWorld> StartAsync(
        bool tentativeHold = false, IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var calendars = Directory.CreateTempSubdirectory("casecoach-calendars-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Calendar:Provider"] = "Local",
            ["Calendar:LocalFolder"] = calendars,
            ["Outlook:ActionableMessageOriginator"] = Originator,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var world = await ReviewWorld.StartAsync(tentativeHold, all, services);
        await world.SetClockAsync(Monday9am);
        return new CoachingWorld(world, calendars);
    }

    /// <summary>Writes <paramref name="person"/>'s calendar file with busy blocks given as UTC "yyyyMMddTHHmmss" pairs.</summary>
    public void Busy(TestPerson person, params (string Start, string End)[] blocks)
    {
        var events = string.Concat(blocks.Select((b, i) =>
            $"BEGIN:VEVENT\r\nUID:busy-{i}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{b.Start}Z\r\nDTEND:{b.End}Z\r\nSUMMARY:Busy\r\nEND:VEVENT\r\n"));
        File.WriteAllText(Path.Combine(CalendarFolder, ReviewWorld.Email(person) + ".ics"),
            $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CaseCoach tests//EN\r\n{events}END:VCALENDAR\r\n");
    }

    /// <summary>A review submitted with a No and decided by the QA supervisor: coaching needed (R8).</summary>
    public async Task<string> DecideCoachingNeededAsync(bool safetyConcern = false)
    {
        ReviewKey = await World.AssignReviewAsync();
        await World.InvokeAsync(World.Reviewer, "review.submit", Survey.Filled(ReviewKey, ("q2", "no", "Two contacts in 90 days")));
        var decision = Survey.Id(ReviewKey);
        decision["safetyConcern"] = safetyConcern ? "true" : "false";
        await World.InvokeAsync(World.QaSupervisor, "review.confirmDecision", decision);
        return ReviewKey;
    }

    public Task<CoachingRequest> RequestAsync() =>
        World.InDbAsync(db => db.Set<CoachingRequest>().AsNoTracking().SingleAsync(Ct));

    public Task<List<CoachingSession>> SessionsAsync() =>
        World.InDbAsync(db => db.Set<CoachingSession>().AsNoTracking().ToListAsync(Ct));

    /// <summary>The verbs a person can press: every Action.Execute but the card's automatic refresh.</summary>
    public static IEnumerable<string> Buttons(JsonElement card) => Survey.Verbs(card).Where(v => v != "coaching.refresh");

    public static JsonObject Pick(string requestId, string slotId) => new() { ["requestId"] = requestId, ["slotId"] = slotId };

    /// <summary>The coaching cards the Connector received for <paramref name="person"/>'s chat, sent or updated, in order.</summary>
    public IEnumerable<(string Method, string Path, JsonElement Card)> CardsTo(TestPerson person) => Channel.Connector.Requests
        .Where(r => r.Path.Contains(Uri.EscapeDataString(person.ConversationId), StringComparison.Ordinal) && r.Body is { } body
            && body.TryGetProperty("attachments", out _))
        .Select(r => (r.Method, r.Path, Card: r.Body!.Value.GetProperty("attachments")[0].GetProperty("content")))
        .Where(c => c.Card.TryGetProperty("originator", out _));

    public string[] EmailFiles(string prefix) =>
        Directory.Exists(Channel.Bot.OutboxFolder) ? Directory.GetFiles(Channel.Bot.OutboxFolder, prefix + "*.eml") : [];

    public string[] Bookings() => Directory.GetFiles(CalendarFolder, "*.ics", SearchOption.AllDirectories)
        .Where(f => Path.GetDirectoryName(f) != CalendarFolder).ToArray();

    public async ValueTask DisposeAsync()
    {
        await World.DisposeAsync();
        try { Directory.Delete(CalendarFolder, recursive: true); } catch (IOException) { }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
