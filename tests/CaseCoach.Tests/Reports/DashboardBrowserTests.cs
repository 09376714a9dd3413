using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseCoach.Bot.Demo;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Playground;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// The dashboard as people see it: the bot on its embedded defaults after `demo generate --quarters 4`, opened in
/// headless Debian Chromium (playwright-core from the Playground harness, tests/CaseCoach.Tests/Playground/js/
/// dashboard.js) as the director of quality (who also clicks a heat-map cell through to the reviews behind it), the
/// program director, a unit supervisor and a caseworker. Screenshots go
/// to test-output/dashboard/. By hand: `npm ci --prefix tests/CaseCoach.Tests/Playground/js`, then filter on this class.
/// </summary>
public sealed class DashboardBrowserTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private const string Quarter = "2026Q4";

    [Fact]
    public async Task Each_role_sees_its_own_part_the_jurisdiction_units_or_only_its_own_reviews_R26()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(Directory.Exists(Path.Combine(PlaygroundProcess.Harness, "node_modules", "playwright-core")),
            "playwright-core is not installed: run `npm ci --prefix tests/CaseCoach.Tests/Playground/js`.");
        Assert.True(File.Exists("/usr/bin/chromium"), "Debian's chromium is missing: `apt-get install chromium` (tests/run.sh does).");
        var folder = Directory.CreateTempSubdirectory("casecoach-dashboard-").FullName;
        var shots = Path.Combine(RepositoryRoot.Path, "test-output", "dashboard");
        Directory.CreateDirectory(shots);
        foreach (var old in Directory.GetFiles(shots, "*.png")) File.Delete(old);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", // the embedded defaults: demo people, /dev/sign-in
            ["Data__Folder"] = Path.Combine(folder, "data"),
        };

        var (generated, output) = await RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "CaseCoach.Bot.dll"),
            "demo", "generate", "--quarters", "4", "--until", "2026-12-01"], AppContext.BaseDirectory, environment, ct);
        Assert.True(generated == 0, $"demo generate failed: {output}");
        JsonElement seen;
        await using (var bot = await BotProcess.StartAsync(environment, ct))
        {
            var (exit, json) = await RunAsync("node", ["dashboard.js", bot.Address.ToString(), shots, Quarter,
                $"quality={DemoPeople.DirectorOfQuality}", $"director={DemoPeople.ProgramDirector}",
                $"south-supervisor={DemoPeople.SouthSupervisor}", $"caseworker={DemoPeople.Caseworker}"], PlaygroundProcess.Harness, null, ct);
            Assert.True(exit == 0, $"dashboard.js failed: {json}");
            seen = JsonDocument.Parse(json.Trim().Split('\n')[^1]).RootElement.Clone();
        }

        var (quality, director, south, worker) = (seen.GetProperty("quality"), seen.GetProperty("director"), seen.GetProperty("south-supervisor"), seen.GetProperty("caseworker"));
        Assert.Equal("Reports for Riverside County", quality.GetProperty("heading").GetString());
        Assert.Contains("Morgan Reyes. You see the whole jurisdiction.", quality.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(["North Unit", "South Unit"], Units(quality));
        Assert.Equal(4, quality.GetProperty("interraterLinks").GetInt32());
        Assert.Equal(200, quality.GetProperty("interraterStatus").GetInt32());

        // The program director oversees both units through their supervisors: the same reviews, not the reviewers' page.
        Assert.Contains("Casey Morgan. You see the units you oversee.", director.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(["North Unit", "South Unit"], Units(director));
        Assert.Equal(quality.GetProperty("reviews").GetInt32(), director.GetProperty("reviews").GetInt32());
        Assert.Equal(0, director.GetProperty("interraterLinks").GetInt32());
        Assert.Equal(403, director.GetProperty("interraterStatus").GetInt32());

        Assert.Contains("Jamie Ford. You see the units you oversee.", south.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(["South Unit"], Units(south));
        Assert.InRange(south.GetProperty("reviews").GetInt32(), 1, quality.GetProperty("reviews").GetInt32() - 1);

        Assert.Contains("Dana Lopez. You see the results of the reviews of your own cases.", worker.GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(["North Unit"], Units(worker)); // no other unit
        Assert.InRange(worker.GetProperty("reviews").GetInt32(), 1, quality.GetProperty("reviews").GetInt32() - south.GetProperty("reviews").GetInt32());
        Assert.Equal(403, worker.GetProperty("interraterStatus").GetInt32());

        // The heat-map cell "Y% (yes/assessed)" opens the reviews behind it: their answers count the same Yes and assessed.
        var cell = System.Text.RegularExpressions.Regex.Match(quality.GetProperty("heatCell").GetString()!, @"\((\d+)/(\d+)\)");
        var answers = System.Text.RegularExpressions.Regex.Match(quality.GetProperty("listAnswers").GetString()!,
            @"Yes (\d+), No (\d+), N/A (\d+), not enough information (\d+)");
        Assert.True(cell.Success && answers.Success, $"{quality.GetProperty("heatCell")} / {quality.GetProperty("listAnswers")}");
        int N(Match m, int g) => int.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(N(cell, 1), N(answers, 1));
        Assert.Equal(N(cell, 2), N(answers, 1) + N(answers, 2) + N(answers, 4));
        var listed = N(answers, 1) + N(answers, 2) + N(answers, 3) + N(answers, 4);
        Assert.Equal($"{listed} completed reviews.", quality.GetProperty("listCount").GetString());
        Assert.Equal(Math.Min(listed, 50), quality.GetProperty("listRows").GetInt32());

        foreach (var shot in new[] { "quality-1-overview.png", "quality-2-quarterly.png", "quality-3-fidelity.png", "quality-4-interrater.png", "quality-5-reviews.png",
                     "director-2-quarterly.png", "south-supervisor-2-quarterly.png", "caseworker-2-quarterly.png" })
            Assert.True(new FileInfo(Path.Combine(shots, shot)).Length > 10_000, $"screenshot {shot} is missing or blank");

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static string?[] Units(JsonElement person) => person.GetProperty("units").EnumerateArray().Select(u => u.GetString()).ToArray();

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] arguments, string folder,
        IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {Limit}.");
        }
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
