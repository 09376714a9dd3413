using Xunit;
using System.Diagnostics;
using System.Text.Json;

namespace CaseCoach.Tests.Cards;

/// <summary>Runs a script of the Node harness (tests/CaseCoach.Tests/Cards/js) with JSON on stdin, JSON on stdout.</summary>
internal static class NodeHarness
{
    public static async Task<JsonElement> RunAsync(string script, object input, TimeSpan timeout)
    {
        var modules = Path.Combine(RepoPaths.Harness, "node_modules", "adaptivecards-templating");
        Assert.True(Directory.Exists(modules),
            $"The Node harness is not installed: run `npm ci --prefix tests/CaseCoach.Tests/Cards/js` (missing {modules}).");
        var start = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = RepoPaths.Harness,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var cancel = new CancellationTokenSource(timeout);
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(input));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}.");
        }
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"node {script} exited {process.ExitCode}: {await stderr}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
