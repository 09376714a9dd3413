using System.Diagnostics;
using BenchmarkDotNet.Running;
using CaseCoach.Benchmarks.Sweeps;
using CaseCoach.Core.ActionItems;
using Microsoft.Extensions.DependencyInjection;

if (args is ["--steps"])
{
    using var world = new ActionItemSweepWorld();
    for (var run = 0; run < 5; run++)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = world.Services.CreateAsyncScope();
        var candidates = scope.ServiceProvider.GetRequiredService<NoticeCandidates>();
        var plan = new DueNoticePlan(await scope.ServiceProvider.GetRequiredService<ActionItemCalendar>().ClockAsync(ActionItemSweepWorld.Now, CancellationToken.None));
        var clock = watch.Elapsed;
        var pages = new List<TimeSpan>();
        for (NoticeCandidates.Position? after = null; ;)
        {
            var t = watch.Elapsed;
            var page = await candidates.PageAsync(plan.DueBy, after, RemindAboutDueItems.DefaultPageSize, CancellationToken.None);
            pages.Add(watch.Elapsed - t);
            if (page.Count < RemindAboutDueItems.DefaultPageSize) break;
            after = new(page[^1].DueOn, page[^1].Id);
        }
        Console.WriteLine($"total {watch.Elapsed.TotalMilliseconds:F1} ms; clock {clock.TotalMilliseconds:F1}; pages {string.Join(" ", pages.Select(p => p.TotalMilliseconds.ToString("F1")))}");
    }
    return;
}

if (args is ["--end-to-end"])
{
    // RunOnceAsync from the seeded day, timed beside the floors in the same process: ratios, not absolute figures. Run 0 is cold (JIT, page cache).
    using var world = new ActionItemSweepWorld();
    var connectionString = world.ConnectionString;
    for (var run = 0; run < 6; run++)
    {
        world.Reset();
        var floor = Enumerable.Range(0, 5).Select(_ => Timed(() => ActionItemSweepWorld.ReadDueRows(connectionString))).Min();
        var (pausedBefore, gen0Before, gen2Before, allocatedBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        var watch = Stopwatch.StartNew();
        await using (var scope = world.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RemindAboutDueItems>().RunOnceAsync(ActionItemSweepWorld.Now, CancellationToken.None);
        var sweep = watch.Elapsed;
        var gc = $"GC {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms paused, {GC.CollectionCount(0) - gen0Before} gen0 / " +
            $"{GC.CollectionCount(2) - gen2Before} gen2, {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1_000_000} MB allocated";
        var sent = world.Added("ActionItemNotice");
        var outbox = world.Added("OutboxMessages");
        var writes = world.RewriteAddedRows();
        Console.WriteLine($"run {run}: sweep {sweep.TotalMilliseconds:F0} ms, floor {floor.TotalMilliseconds:F1} ms, " +
            $"{sweep / floor:F1}x; write floor {writes.TotalMilliseconds:F0} ms, {sweep / writes:F1}x; " +
            $"{sent} notices (expected {ActionItemSweepWorld.Due}), {outbox} outbox rows; {gc}");
    }
    return;
}

static TimeSpan Timed(Action work)
{
    var watch = Stopwatch.StartNew();
    work();
    return watch.Elapsed;
}

BenchmarkSwitcher.FromAssembly(typeof(ActionItemSweepBenchmark).Assembly).Run(args);
