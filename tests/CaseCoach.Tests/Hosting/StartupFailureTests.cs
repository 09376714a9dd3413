using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CaseCoach.Tests.Hosting;

/// <summary>
/// Issue 15 item 4: the bot started as a real process ends a configuration typo, a busy port or a mistyped
/// verb with one clear line and a non-zero exit, never a stack trace; a client hanging up is no failure.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("casecoach-startup-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("Mail__Provider", "Smpt", "Mail:Provider is 'Smpt'", "Outbox, Smtp, Graph")]
    [InlineData("Sweeps__Interval", "banana", "Sweeps:Interval is 'banana'", "00:05:00")]
    [InlineData("Calendar__Provider", "Outlook", "Calendar:Provider is 'Outlook'", "Local, Graph")]
    [InlineData("Outbox__BatchSize", "lots", "Outbox:BatchSize is 'lots'", "a whole number")]
    [InlineData("Demo__Seed", "yes", "Demo:Seed is 'yes'", "true or false")]
    public async Task A_value_of_the_wrong_type_stops_the_bot_with_a_line_naming_the_key_and_what_it_accepts(
        string variable, string value, string names, string accepts)
    {
        var (exitCode, output) = await RunToExitAsync(["--urls", "http://127.0.0.1:0"], new() { [variable] = value });

        Assert.Equal(1, exitCode);
        Assert.Contains(names, output, StringComparison.Ordinal);
        Assert.Contains(accepts, output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.Contains(names, StringComparison.Ordinal));
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_second_instance_on_a_busy_port_stops_with_one_line_naming_the_address()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exitCode, output) = await RunToExitAsync(["--urls", url], []);

        Assert.Equal(1, exitCode);
        Assert.Equal($"CaseCoach cannot start: {url} is already in use by another process (another CaseCoach?); stop it or choose another address with --urls.",
            output.Trim());
    }

    [Fact]
    public async Task An_unknown_verb_is_refused_with_the_verbs_listed_and_does_not_start_the_bot()
    {
        var (exitCode, output) = await RunToExitAsync(["imprt", "people", "people.csv"], []);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Unknown command 'imprt'. Commands: migrate, import, case, reviews, package, doctor, cards", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_hangs_up_in_the_middle_of_the_body_is_logged_at_Debug_not_as_a_failure()
    {
        await using var bot = await BotProcess.StartAsync(Environment(new() { ["Logging__LogLevel__CaseCoach.Bot.Hosting"] = "Debug" }), Ct);

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(bot.Address.Host, bot.Address.Port, Ct);
            var head = "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"type\":\"mess";
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), Ct);
            await client.GetStream().FlushAsync(Ct);
        }

        await bot.WaitForOutputAsync(line => line.Contains("Client went away during POST /api/messages", StringComparison.Ordinal), TimeSpan.FromMinutes(1), Ct);
        Assert.DoesNotContain(bot.Output, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        AssertNoStackTrace(string.Join('\n', bot.Output));
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment(Dictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Data__Folder"] = data,
            ["Demo__Seed"] = "false",
            ["Outbox__RunInBackground"] = "false",
            ["Sweeps__RunInBackground"] = "false",
        };
        foreach (var (key, value) in extra) environment[key] = value;
        return environment;
    }

    private async Task<(int ExitCode, string Output)> RunToExitAsync(string[] args, Dictionary<string, string> extra)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CaseCoach.Bot.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data,
        };
        foreach (var (key, value) in Environment(extra)) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
