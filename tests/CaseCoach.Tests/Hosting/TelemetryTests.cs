using CaseCoach.Bot.Telemetry;
using CaseCoach.Core.Telemetry;
using CaseCoach.Tests.Fakes;

namespace CaseCoach.Tests.Hosting;

/// <summary>Observability an operator expects (reliability issue, item 8): traces and metrics over OTLP when configured.</summary>
public class TelemetryTests
{
    [Fact]
    public async Task With_an_OTLP_endpoint_turns_sweeps_and_the_outbox_are_exported_as_traces_and_metrics()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var channel = await TestChannel.StartAsync(new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = collector.Origin,
            ["Telemetry:ExportInterval"] = "00:00:00.2",
            ["Telemetry:BacklogInterval"] = "00:00:00.2",
        });

        using (var response = await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Dana"), "help")))
            response.EnsureSuccessStatusCode();
        await channel.SweepAsync();

        string[] wanted = ["casecoach.outbox.delivered", "casecoach.sweep.duration", "casecoach.outbox.queue_depth", "casecoach.outbox.oldest_undelivered_age"];
        bool AllArrived() => collector.Received("/v1/traces", "turn message") && collector.Received("/v1/traces", "outbox dispatch")
            && wanted.All(name => collector.Received("/v1/metrics", name));
        // Exports run every 0.2 s; a minute is ample on a loaded machine, and the wait ends as soon as all arrived.
        for (var wait = 0; wait < 600 && !AllArrived(); wait++)
            await Task.Delay(100, TestContext.Current.CancellationToken);

        Assert.True(collector.Received("/v1/traces", "turn message"), collector.Summary());
        Assert.True(collector.Received("/v1/traces", "outbox dispatch"), collector.Summary());
        Assert.All(wanted, name => Assert.True(collector.Received("/v1/metrics", name), name + "; " + collector.Summary()));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://collector:4318")]
    public void An_OTLP_endpoint_that_is_not_an_http_address_is_refused_naming_the_key(string endpoint)
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { OtlpEndpoint = endpoint });

        Assert.True(result.Failed);
        Assert.Contains("Telemetry:OtlpEndpoint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Connector answered 429 Too Many Requests", "http_429")]
    [InlineData("HttpRequestException: Connection refused (127.0.0.1:1)", "HttpRequestException")]
    [InlineData("Gave up after 8 attempts: jane.doe@riverside.example bounced", "other")]
    public void Outbox_failure_reasons_become_low_cardinality_tags_without_addresses(string reason, string tag) =>
        Assert.Equal(tag, FailureCategory.Of(reason));
}
