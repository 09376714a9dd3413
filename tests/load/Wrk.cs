using System.Diagnostics;
using System.Globalization;

/// <param name="Errors5xx">HTTP 5xx, or an invoke answered with a 5xx status in its body.</param>
/// <param name="Conflicts">409: the click lost to another one, or the item is no longer in that step.</param>
/// <param name="Unmatched">With seats: answers that named no review in flight on that thread.</param>
internal sealed record WrkResult(double RequestsPerSecond, double P50, double P99, long Requests, int Errors5xx, int Conflicts, int Refused, int Unmatched)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{RequestsPerSecond:N0} | {P50:0.00} | {P99:0.00} | {Errors5xx} | {Conflicts} | {Refused}");
}

internal static class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, string bodyFile, string token, Scenario scenario, Args options)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "wrk.lua");
        var start = new ProcessStartInfo("wrk", ["-t", options.Threads.ToString(CultureInfo.InvariantCulture), "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", options.Duration, "-s", script, url]) { UseShellExecute = false, RedirectStandardOutput = true, Environment =
            {
                ["BODY_FILE"] = bodyFile, ["BOT_TOKEN"] = token, ["CONVERSATIONS"] = scenario.Conversations.ToString(CultureInfo.InvariantCulture),
                ["SEATS"] = string.Join(",", scenario.Seats.Select(s => $"{s.Person}:{s.Review}")), ["WRK_THREADS"] = options.Threads.ToString(CultureInfo.InvariantCulture),
                ["SUCCESS_MARK"] = scenario.SuccessMark,
            } };
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var line = output.Split('\n').SingleOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no result:\n" + output);
        var f = line.Split(' ');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return new(D(1), D(2), D(3), (long)D(5), (int)D(6), (int)D(7), (int)D(8), (int)D(9));
    }
}
