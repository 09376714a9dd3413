using BenchmarkDotNet.Attributes;
using CaseCoach.Core.ActionItems;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Benchmarks.Sweeps;

/// <summary>
/// Issue 14 item 3: the action-item sweep's reads and decisions over 1,000,000 items (1 % owe a notice), against the
/// floor: a bare indexed SELECT of the same 10,000 due rows. Target: the sweep at most 3x the floor. Sending is
/// measured apart (<see cref="ActionItemSweepEndToEndBenchmark"/>): 10,000 notices through the outbox are writes,
/// not the sweep's search. Run:
/// dotnet run -c Release --project tests/CaseCoach.Benchmarks.Sweeps -- --filter '*ActionItemSweepBenchmark*' --job short
/// </summary>
[MemoryDiagnoser]
public class ActionItemSweepBenchmark
{
    private ActionItemSweepWorld _world = null!;
    private string _connectionString = "";

    [GlobalSetup]
    public void Setup()
    {
        _world = new ActionItemSweepWorld();
        _connectionString = _world.ConnectionString;
    }

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();

    /// <summary>The floor: the due rows by the (Status, DueOn, Id) index, the columns the sweep needs.</summary>
    [Benchmark(Baseline = true)]
    public int BareIndexedSelect() => ActionItemSweepWorld.ReadDueRows(_connectionString);

    /// <summary>The sweep's planning: every page of candidates (keyset, NOT EXISTS probes) and the notices each owes.</summary>
    [Benchmark]
    public async Task<int> SweepPlanning()
    {
        await using var scope = _world.Services.CreateAsyncScope();
        var candidates = scope.ServiceProvider.GetRequiredService<NoticeCandidates>();
        var plan = new DueNoticePlan(await scope.ServiceProvider.GetRequiredService<ActionItemCalendar>().ClockAsync(ActionItemSweepWorld.Now, CancellationToken.None));
        var owed = 0;
        for (NoticeCandidates.Position? after = null; ;)
        {
            var page = await candidates.PageAsync(plan.DueBy, after, RemindAboutDueItems.DefaultPageSize, CancellationToken.None);
            foreach (var candidate in page) owed += plan.Owed(candidate).Count();
            if (page.Count < RemindAboutDueItems.DefaultPageSize) break;
            after = new(page[^1].DueOn, page[^1].Id);
        }
        return owed == ActionItemSweepWorld.Due ? owed : throw new InvalidOperationException($"{owed} notices owed: expected {ActionItemSweepWorld.Due}.");
    }
}
