using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Hosting;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// The real bot host (Development) over a <see cref="ReportsWorld"/>'s SQLite file, reached over HTTP. Each
/// signed-in client has its own cookies, written by Development's <c>GET /dev/sign-in?as=...</c>.
/// </summary>
internal sealed class ReportsHost : IAsyncDisposable
{
    private ReportsHost(ReportsWorld world, BotApplication bot) => (World, Bot) = (world, bot);

    public ReportsWorld World { get; }
    public BotApplication Bot { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ReportsHost> StartAsync(ReportsWorld? world = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        world ??= await CreateAsync();
        // Port 0: the host's busy-port probe skips it, so a bot someone runs on 3978 does not stop the test server.
        var all = new Dictionary<string, string?>(world.Database.HostSettings) { ["urls"] = "http://127.0.0.1:0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return new ReportsHost(world, new BotApplication(all));
    }

    /// <summary>
    /// Q4 2026: A (N1, reviewer 1, q3 No), B (N2, reviewer 2, q3 N/A), C (S1, reviewer 1, q1 and q3 No, not enough
    /// information); Q3: D (N1, all Yes). The same reviews as <see cref="QuarterlyReportTests"/>, less one.
    /// </summary>
    public static async Task<ReportsHost> SeededAsync()
    {
        var world = await CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5), new() { ["q3"] = Answer.No });
        await world.ReviewAsync(world.N2, world.Reviewer2, NewYork(2026, 11, 10), new() { ["q3"] = Answer.NotApplicable });
        await world.ReviewAsync(world.S1, world.Reviewer1, NewYork(2026, 12, 1), new() { ["q1"] = Answer.No, ["q3"] = Answer.No }, notEnoughInformation: true);
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 8, 20));
        return await StartAsync(world);
    }

    /// <summary>Moves the host's clock (Development's POST /api/dev/clock), so "still inside two weeks" is fixed.</summary>
    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var client = Bot.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/dev/clock", new { now = now.ToString("O") }, Ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The antiforgery token a page's form carries (the cookie half stays in the client).</summary>
    public static string AntiforgeryToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"") is { Success: true } m ? m.Groups[1].Value
            : throw new Xunit.Sdk.XunitException("The page has no antiforgery token.");

    public async Task<HttpClient> SignedInAsAsync(Person person) => await SignedInAsAsync(person.AadObjectId);

    public async Task<HttpClient> SignedInAsAsync(string aadObjectId)
    {
        var client = Bot.CreateClient();
        using var response = await client.GetAsync($"/dev/sign-in?as={Uri.EscapeDataString(aadObjectId)}", Ct);
        // The sign-in redirects to /reports, which answers for whoever that is (200, or 403 for no role).
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Forbidden });
        return client;
    }

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await World.DisposeAsync();
    }
}
