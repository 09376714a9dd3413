using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm package pinned in Playground/js) as a real process, headless: it opens no
/// browser (TEAMSAPPTESTER_BROWSER=none), sends no telemetry (--dt), and keeps its log file in a temp folder.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private PlaygroundProcess(Process process, Uri address, ConcurrentQueue<string> output)
    {
        _process = process;
        Address = address;
        _output = output;
    }

    public static string Harness => Path.Combine(RepositoryRoot.Path, "tests", "CaseCoach.Tests", "Playground", "js");

    public static string Cli => Path.Combine(Harness, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>Where the Playground's page is served (http://localhost:PORT).</summary>
    public Uri Address { get; }

    public IReadOnlyList<string> Output => [.. _output];

    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string configFile, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node",
            [Cli, "-c", "msteams", "-e", botEndpoint.ToString(), "-p", FreePort().ToString(), "--dt"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configFile;
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "playground.log");
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ConcurrentQueue<string>();
        void Read(string? line)
        {
            if (line is null) return;
            output.Enqueue(line);
            // It falls back to a random port when the one asked for was taken meanwhile: read the one it chose.
            if (ListeningOn().Match(line) is { Success: true } match)
                listening.TrySetResult(new Uri($"http://localhost:{match.Groups[1].Value}"));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync(cancellationToken).ContinueWith(_ => listening.TrySetException(
            new InvalidOperationException("The Playground exited before listening:\n" + string.Join("\n", output))), TaskScheduler.Default);
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            return new PlaygroundProcess(process, address, output);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
