using BenchmarkDotNet.Running;
using CaseCoach.Benchmarks.Sweeps;

BenchmarkSwitcher.FromAssembly(typeof(ActionItemSweepBenchmark).Assembly).Run(args);
