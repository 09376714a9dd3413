using System.Net.Http.Json;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Clocks;

/// <summary>Moves the bot's clock and runs the sweeps; reads the chat texts people got and the breaches recorded.</summary>
public static class ClockProbe
{
    public static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);

    public static async Task SweepAtAsync(TestChannel channel, DateTimeOffset now)
    {
        using (var response = await channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = now.ToString("O") }, Ct))
            response.EnsureSuccessStatusCode();
        await channel.SweepAsync();
    }

    /// <summary>The chat texts sent to <paramref name="person"/> that contain <paramref name="phrase"/>.</summary>
    public static IReadOnlyList<string> TextsTo(TestChannel channel, TestPerson person, string phrase) => channel.Connector.Requests
        .Where(r => Uri.UnescapeDataString(r.Path).Contains(person.ConversationId, StringComparison.Ordinal) && r.Method == "POST")
        .Select(r => r.Body is { } body && body.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "")
        .Where(t => t.Contains(phrase, StringComparison.Ordinal)).ToList();

    public static async Task<IReadOnlyList<FidelityEvent>> BreachesAsync(TestChannel channel, string step)
    {
        await using var scope = channel.Bot.Services.CreateAsyncScope();
        var kind = FidelityEventKinds.HandOffLate(step);
        return await scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().Set<FidelityEvent>().AsNoTracking()
            .Where(e => e.Kind == kind).ToListAsync(Ct);
    }

    /// <summary>Counts business days forward (Monday to Friday; the coaching world has no holidays).</summary>
    public static DateOnly AddWeekdays(DateOnly day, int days)
    {
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) counted++;
        }
        return day;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
