using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CaseCoach.Benchmarks.Scheduling -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
