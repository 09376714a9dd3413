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

BenchmarkSwitcher.FromAssembly(typeof(ActionItemSweepBenchmark).Assembly).Run(args);
