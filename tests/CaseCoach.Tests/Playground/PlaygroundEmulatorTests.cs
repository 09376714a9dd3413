using System.Diagnostics;
using System.Text.Json;
using CaseCoach.Bot.Demo;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Playground;

/// <summary>
/// The product as a newcomer sees it: the bot on its embedded defaults, Microsoft's own Teams emulator (the Agents
/// Playground) signed in as the demo reviewer by the config `playground --as` writes, driven in headless Debian
/// Chromium. Slow (about a minute on a loaded machine), so one test walks the whole review. Screenshots go to
/// test-output/playground/. By hand: `npm ci --prefix tests/CaseCoach.Tests/Playground/js`, then filter on this class.
/// </summary>
public class PlaygroundEmulatorTests
{
    private static readonly TimeSpan DriverLimit = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task The_demo_reviewer_submits_a_review_in_the_Playground_and_a_No_without_comment_is_refused_first_R5_R8()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(File.Exists(PlaygroundProcess.Cli),
            $"The Playground is not installed: run `npm ci --prefix tests/CaseCoach.Tests/Playground/js` (missing {PlaygroundProcess.Cli}).");
        Assert.True(File.Exists("/usr/bin/chromium"), "Debian's chromium is missing: `apt-get install chromium` (tests/run.sh does).");
        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("casecoach-playground-").FullName;
        var shots = Path.Combine(RepositoryRoot.Path, "test-output", "playground");
        Directory.CreateDirectory(shots);
        foreach (var old in Directory.GetFiles(shots, "*.png")) File.Delete(old);

        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", // the embedded defaults: demo data, authentication off
            ["Data__Folder"] = Path.Combine(folder, "data"),
        }, ct);
        using (var http = new HttpClient { BaseAddress = bot.Address })
            (await http.PostAsync("/api/dev/sweep", null, ct)).EnsureSuccessStatusCode(); // reviews assigned before we look
        var config = Path.Combine(folder, PlaygroundConfig.FileName);
        await File.WriteAllTextAsync(config, PlaygroundConfig.For(DemoDirectory.Find("reviewer@riverside.example")!), ct);
        var started = bot.Output.Count;

        await using var playground = await PlaygroundProcess.StartAsync(new Uri(bot.Address, "/api/messages"), config, folder, ct);
        var seen = await DriveAsync(playground.Address, shots, ct);
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"Bot, Playground and Chromium, start to summary: {clock.Elapsed.TotalSeconds:F0} s");

        Assert.Equal("Jordan Patel", seen.GetProperty("signedInAs").GetString());
        Assert.Equal(9, seen.GetProperty("questions").GetInt32());
        Assert.Equal("A No needs a comment with a specific example from the file.", seen.GetProperty("refusal").GetString());
        Assert.Equal("The court report walks through the family history.", seen.GetProperty("keptStrengths").GetString());
        Assert.True(seen.GetProperty("keptNo").GetBoolean(), "the refused survey lost the No");
        Assert.True(seen.GetProperty("keptYes").GetBoolean(), "the refused survey lost a Yes");
        Assert.Equal("Coaching conversation to schedule", seen.GetProperty("outcome").GetString()); // R8: a No means coaching
        Assert.True(seen.GetProperty("surveyGone").GetBoolean(), "the survey is still there after a valid submit");
        foreach (var shot in new[] { "1-my-reviews.png", "2-survey.png", "3-refused.png", "4-summary.png" })
            Assert.True(new FileInfo(Path.Combine(shots, shot)).Length > 10_000, $"screenshot {shot} is missing or blank");
        var complaints = bot.Output.Skip(started).Where(l => l.StartsWith("warn:") || l.StartsWith("fail:") || l.StartsWith("crit:"));
        Assert.Empty(complaints); // connecting the Playground and the whole review log no warning or error

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<JsonElement> DriveAsync(Uri playground, string shots, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node", ["drive.js", playground.ToString(), shots])
        {
            WorkingDirectory = PlaygroundProcess.Harness,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(DriverLimit);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"drive.js did not finish within {DriverLimit}; see test-output/playground/failed.png.");
        }
        var output = (await stdout).Trim();
        Assert.True(process.ExitCode == 0, $"drive.js failed (screenshot failed.png in {shots}): {output}\n{await stderr}");
        return JsonDocument.Parse(output.Split('\n')[^1]).RootElement.Clone();
    }
}
