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
    // RunOnceAsync from the seeded day, timed beside the floor in the same process: ratios, not absolute figures.
    using var world = new ActionItemSweepWorld();
    var connectionString = world.ConnectionString;
    for (var run = 0; run < 3; run++)
    {
        world.Reset();
        var floor = Enumerable.Range(0, 5).Select(_ => Timed(() => ActionItemSweepWorld.ReadDueRows(connectionString))).Min();
        var watch = Stopwatch.StartNew();
        await using (var scope = world.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RemindAboutDueItems>().RunOnceAsync(ActionItemSweepWorld.Now, CancellationToken.None);
        var sweep = watch.Elapsed;
        var sent = world.Added("ActionItemNotice");
        var outbox = world.Added("OutboxMessages");
        var writes = world.RewriteAddedRows();
        Console.WriteLine($"run {run}: sweep {sweep.TotalMilliseconds:F0} ms, floor {floor.TotalMilliseconds:F1} ms, " +
            $"{sweep / floor:F1}x; write floor {writes.TotalMilliseconds:F0} ms, {sweep / writes:F1}x; " +
            $"{sent} notices (expected {ActionItemSweepWorld.Due}), {outbox} outbox rows");
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
