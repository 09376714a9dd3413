using BenchmarkDotNet.Attributes;
using CaseCoach.Core.ActionItems;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Benchmarks.Sweeps;

/// <summary>
/// RemindAboutDueItems.RunOnceAsync end to end over the same 1,000,000 items: 10,000 notices, one commit per session
/// and kind, the messages written to the real outbox tables by the bot's notifier and mailer. Each iteration starts
/// from the seeded day (the rows a run added are deleted first). Run:
/// dotnet run -c Release --project tests/CaseCoach.Benchmarks.Sweeps -- --filter '*EndToEnd*' --inProcess --strategy Monitoring
/// --launchCount 1 --warmupCount 1 --iterationCount 3 (one run is seconds: a few iterations, each from the seeded day)
/// </summary>
public class ActionItemSweepEndToEndBenchmark
{
    private ActionItemSweepWorld _world = null!;

    [GlobalSetup]
    public void Setup() => _world = new ActionItemSweepWorld();

    [GlobalCleanup]
    public void Cleanup()
    {
        _world.Reset();
        _world.Dispose();
    }

    [IterationSetup]
    public void Reset() => _world.Reset();

    [IterationCleanup]
    public void Check()
    {
        if (_world.Added("ActionItemNotice") is var sent && sent != ActionItemSweepWorld.Due)
            throw new InvalidOperationException($"{sent} notices sent: expected {ActionItemSweepWorld.Due}.");
    }

    [Benchmark]
    public async Task RunOnce()
    {
        await using var scope = _world.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RemindAboutDueItems>().RunOnceAsync(ActionItemSweepWorld.Now, CancellationToken.None);
    }
}
