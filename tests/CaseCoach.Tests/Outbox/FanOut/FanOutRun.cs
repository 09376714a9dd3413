using System.Globalization;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Outbox.FanOut;

/// <summary>What one fan-out run measured (issue 14 item 4).</summary>
/// <param name="Allowed">The least time Teams' limits allow for these sends: per tenant and per conversation rate, whichever binds.</param>
public sealed record FanOutResult(int Rows, int Delivered, int Requests, int Throttled, int Duplicates, int Lost, TimeSpan Elapsed, TimeSpan Allowed)
{
    public double ThrottledShare => Requests == 0 ? 0 : (double)Throttled / Requests;

    public double TimeRatio => Elapsed / Allowed;

    public override string ToString() =>
        FormattableString.Invariant($"rows {Rows}, delivered {Delivered}, requests {Requests}, 429s {Throttled} ({ThrottledShare:P2}), ")
        + FormattableString.Invariant($"duplicates {Duplicates}, lost {Lost}, elapsed {Elapsed.TotalSeconds:F2} s vs {Allowed.TotalSeconds:F2} s ")
        + FormattableString.Invariant($"the limits allow ({TimeRatio:F3}x)");
}

/// <summary>
/// The real outbox (SQLite, the background dispatcher with its lanes) and the real Connector client (retries, pacing)
/// sending teams.message rows to a loopback fake Connector that enforces Teams' limits. With a <see cref="VirtualClock"/>
/// the run takes no real waiting (tests); with <see cref="TimeProvider.System"/> it runs in real time (tests/load/fanout).
/// </summary>
public static class FanOutRun
{
    public const string Tenant = "7e7e7e7e-0000-4000-8000-000000007e7e";

    /// <param name="people">Distinct conversations; <paramref name="perPerson"/> messages are written to each.</param>
    public static async Task<FanOutResult> RunAsync(
        int people, int perPerson, OutboxOptions limits, TimeProvider clock, string dataFolder, CancellationToken cancellationToken,
        IDictionary<string, string?>? settings = null)
    {
        await using var connector = await FakeConnector.StartAsync("amer/");
        connector.Limits = new FakeConnectorLimits(limits.PerConversationPerSecond, limits.PerConversationPerHour, limits.PerTenantPerSecond, clock);
        var values = new Dictionary<string, string?>
        {
            ["Data:Folder"] = dataFolder,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "0b0b0b0b-0000-4000-8000-00000000b0b0",
            ["MicrosoftAppPassword"] = "fan-out-secret",
            ["MicrosoftAppTenantId"] = Tenant,
            ["BotAuth:TrustedServiceUrls:0"] = connector.Origin,
            ["Outbox:PerConversationPerSecond"] = limits.PerConversationPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Outbox:PerConversationPerHour"] = limits.PerConversationPerHour.ToString(CultureInfo.InvariantCulture),
            ["Outbox:PerTenantPerSecond"] = limits.PerTenantPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Outbox:DeliveryLanes"] = limits.DeliveryLanes.ToString(CultureInfo.InvariantCulture),
            ["Outbox:BatchSize"] = limits.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["Outbox:PacingHeadroom"] = limits.PacingHeadroom.ToString(CultureInfo.InvariantCulture),
            ["Outbox:PollInterval"] = limits.PollInterval.ToString("c", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        await using var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddCaseCoachPersistence(configuration)
            .AddCaseCoachOutbox(configuration)
            .AddConnectorClient(configuration)
            .AddSingleton<IConnectorTokenProvider, FixedToken>()
            .BuildServiceProvider(validateScopes: true);

        var hosted = services.GetServices<IHostedService>().ToList();
        var migration = hosted.Where(h => h is not OutboxDispatcherService).ToList();
        foreach (var service in migration)
        {
            await service.StartAsync(cancellationToken);
        }

        var rows = people * perPerson;
        await WriteAsync(services, connector.ServiceUrl, people, perPerson, cancellationToken);

        var dispatcher = hosted.OfType<OutboxDispatcherService>().Single();
        var started = clock.GetUtcNow();
        await dispatcher.StartAsync(cancellationToken);
        try
        {
            if (clock is VirtualClock virtualClock)
            {
                // Every lane waiting on the clock means no work is running: only then may time move.
                while (await DeliveredAsync(services, cancellationToken) < rows)
                {
                    await virtualClock.StepAsync(limits.DeliveryLanes, TimeSpan.FromSeconds(60), cancellationToken);
                }
            }
            else
            {
                while (await DeliveredAsync(services, cancellationToken) < rows)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                }
            }
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }

        var delivered = await DeliveredAsync(services, cancellationToken);
        var admitted = connector.Limits.AdmittedPerConversation;
        var last = connector.Limits.AdmittedAt.Count > 0 ? connector.Limits.AdmittedAt.Max() : started;
        var allowed = TimeSpan.FromSeconds(Math.Max((double)rows / limits.PerTenantPerSecond, (double)perPerson / limits.PerConversationPerSecond));
        return new FanOutResult(
            rows, delivered, connector.Requests.Count, connector.Limits.Throttled,
            Duplicates: admitted.Values.Sum(n => Math.Max(0, n - perPerson)),
            Lost: rows - admitted.Values.Sum(n => Math.Min(n, perPerson)),
            Elapsed: last - started, Allowed: allowed);
    }

    /// <summary>One reminder per message, like the reminder sweep writes them: one row each, to each person's 1:1 chat.</summary>
    private static async Task WriteAsync(IServiceProvider services, string serviceUrl, int people, int perPerson, CancellationToken cancellationToken)
    {
        const int chunk = 1000;
        for (var first = 0; first < people; first += chunk)
        {
            await using var scope = services.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            for (var person = first; person < Math.Min(people, first + chunk); person++)
            {
                var reference = new ConversationReference(serviceUrl, $"a:person-{person}", "msteams", Tenant, "28:bot", $"29:person-{person}", null, "personal");
                for (var n = 0; n < perPerson; n++)
                {
                    writer.Enqueue(TeamsOutbox.MessageKind, $"reminder-{person}-{n}:teams:{person}",
                        TeamsOutbox.MessagePayload(reference, new Activity { Type = "message", Text = "A review is due soon." }));
                }
            }

            await scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task<int> DeliveredAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().OutboxMessages
            .CountAsync(m => m.Status == OutboxStatus.Delivered, cancellationToken);
    }

    private sealed class FixedToken : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>("fan-out-token");
    }
}
