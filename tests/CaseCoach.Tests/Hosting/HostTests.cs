using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CaseCoach.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Hosting;

/// <summary>Health, start-up refusal outside Development, and the Development-only endpoints.</summary>
public class HostTests
{
    [Fact]
    public async Task Healthz_answers_200_when_the_database_answers()
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.Http.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Outside_Development_the_bot_refuses_to_start_without_an_app_id()
    {
        var data = Directory.CreateTempSubdirectory("casecoach-prod-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CaseCoach.Bot.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Data__Folder"] = data, ["MicrosoftAppId"] = "" },
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));

        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var message = await stderr;
        Assert.Contains("MicrosoftAppId is required outside Development", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task The_Development_endpoints_are_404_in_Production()
    {
        await using var channel = await TestChannel.StartAsync(environment: "Production");

        using var clock = await channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = "2027-01-04T09:00:00-05:00" }, TestContext.Current.CancellationToken);
        using var sweep = await channel.Http.PostAsync("/api/dev/sweep", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, clock.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sweep.StatusCode);
    }

    [Fact]
    public async Task Time_travel_moves_the_bots_clock_in_Development()
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = "2027-01-04T09:00:00-05:00" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var now = channel.Bot.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.InRange(now, DateTimeOffset.Parse("2027-01-04T14:00:00Z"), DateTimeOffset.Parse("2027-01-04T14:05:00Z"));
        Assert.IsType<DevelopmentClock>(channel.Bot.Services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("{\"now\":\"2027-01-04T09:00:00\"}")]
    [InlineData("{\"now\":\"next tuesday\"}")]
    [InlineData("{}")]
    [InlineData("not json")]
    public async Task Time_travel_without_an_offset_or_a_date_is_a_400(string body)
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.Http.PostAsync("/api/dev/clock",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("offset", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
