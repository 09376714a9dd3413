using System.CommandLine;
using System.Globalization;
using CaseCoach.Bot.Cli.Demo;
using CaseCoach.Bot.Demo;
using CaseCoach.Core.Application;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>`demo generate --quarters N [--seed S] [--until yyyy-MM-dd]`: a year (or N quarters) of demo data to look at.</summary>
public static class DemoCommand
{
    public const int DefaultSeed = 13;

    public static Command Create(IConfiguration configuration) => new("demo", "Demo data for the demo agency (Development).") { Generate(configuration) };

    private static Command Generate(IConfiguration configuration)
    {
        var quarters = new Option<int>("--quarters") { Description = $"How many quarters, 1 to {DemoGenerator.MaxQuarters}, ending with the quarter of --until", DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { Description = "The random generator's seed: the same seed and --until give the same data", DefaultValueFactory = _ => DefaultSeed };
        var until = new Option<string?>("--until") { Description = "The last day with data, yyyy-MM-dd (default today)" };
        var command = new Command("generate", "Fill the demo agency with reviews, coaching sessions, action items and staffings; refuses a second run.") { quarters, seed, until };
        command.SetAction(async (parseResult, ct) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var untilText = parseResult.GetValue(until);
            var last = DateOnly.FromDateTime(DateTime.Today);
            if (untilText is not null && !DateOnly.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out last))
            {
                await error.WriteLineAsync($"--until must be a date written yyyy-MM-dd, e.g. 2026-12-31; '{untilText}' is not. Nothing changed.");
                return 2;
            }
            await using var provider = CliServices.Build(configuration, s => s.AddScoped<DemoDataSeeder>().AddScoped<DemoGenerator>());
            await using var scope = provider.CreateAsyncScope();
            try
            {
                await CliServices.PrepareAsync(scope.ServiceProvider, ct);
                var result = await scope.ServiceProvider.GetRequiredService<DemoGenerator>()
                    .HandleAsync(new DemoGenerateCommand(parseResult.GetValue(quarters), parseResult.GetValue(seed), last), ct);
                if (result.Refusal is { } refusal)
                {
                    await error.WriteLineAsync(Explain(refusal));
                    return refusal.Code == RefusalCode.AlreadyDone ? 3 : 2;
                }
                var done = result.Value!;
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"Demo data for {done.From.Label} to {done.To.Label}: {done.Cases} cases, {done.Reviews} reviews, {done.Sessions} coaching sessions, {done.Items} action items, {done.Staffings} accountability staffings, {done.CalibrationRounds} calibration rounds, {done.SecondReviews} second reviews. Open /reports (sign in with /dev/sign-in?as={DemoPeople.DirectorOfQuality}).");
                return 0;
            }
            catch (OptionsValidationException e)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, e.Failures));
                return 1;
            }
        });
        return command;
    }

    private static string Explain(Refusal refusal) => refusal.Reason switch
    {
        "demo-quarters-out-of-range" => $"--quarters must be a whole number from 1 to {DemoGenerator.MaxQuarters}. Nothing changed.",
        "demo-already-generated" => "Demo data was already generated in this database (its DEMO- cases exist); nothing changed. Use a fresh Data:Folder to generate again.",
        _ => $"The demo agency (jurisdiction '{DemoGenerator.JurisdictionKey}' and its people) is not in this database; run with Demo:Seed=true (Development's default). Nothing changed.",
    };
}
