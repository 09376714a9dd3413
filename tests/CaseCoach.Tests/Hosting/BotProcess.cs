using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CaseCoach.Tests.Hosting;

/// <summary>
/// The bot as a real operating-system process on 127.0.0.1, for what only a real process can show:
/// being killed and started again on the same data folder.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private BotProcess(Process process, Uri address, ConcurrentQueue<string> output)
    {
        _process = process;
        Address = address;
        _output = output;
    }

    public Uri Address { get; }

    /// <summary>What the process has written so far, stdout and stderr interleaved, line by line.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Waits (bounded) until a line of output matches.</summary>
    public async Task WaitForOutputAsync(Func<string, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!_output.Any(match))
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException("The bot process never wrote the expected line. Its output:\n" + string.Join("\n", _output));
            await timer.WaitForNextTickAsync(cancellationToken);
        }
    }

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CaseCoach.Bot.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            output.Enqueue(line);
            if (ListeningOn().Match(line) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line) output.Enqueue(line);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync(cancellationToken).ContinueWith(_ => listening.TrySetException(
            new InvalidOperationException("The bot process exited before listening.")), TaskScheduler.Default);

        var address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return new BotProcess(process, address, output);
    }

    /// <summary>Ends the process the hard way: no shutdown hooks, nothing flushed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
