using System.CommandLine;
using CaseCoach.Bot.Outbound;
using CaseCoach.Bot.Plugins.Reviews;
using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `calibration start --jurisdiction KEY --quarter 2026Q4 --cases A,B,C`: the QA supervisor's calibration round (R25).
/// Every reviewer of the jurisdiction gets a calibration review of each case and is told in Teams (the use case's
/// notice, with its email twin); nothing goes to the front line. Teams has the same verb for the QA supervisor.
/// </summary>
public static class CalibrationCommand
{
    public static Command Create(IConfiguration configuration) => new("calibration", "Interrater reliability: calibration rounds (R25).") { Start(configuration) };

    private static Command Start(IConfiguration configuration)
    {
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "The jurisdiction's key", Required = true };
        var quarter = new Option<string?>("--quarter") { Description = "The quarter the round belongs to, YYYYQn (default: this quarter)" };
        var cases = new Option<string>("--cases") { Description = $"{CalibrationRound.MinCases} to {CalibrationRound.MaxCases} case numbers, separated by commas", Required = true };
        var by = new Option<string>("--by") { Description = "Who starts the round, for the record (default: cli)", DefaultValueFactory = _ => "cli" };
        var command = new Command("start", "Start a calibration round: every reviewer reviews the chosen cases blind.") { jurisdiction, quarter, cases, by };
        command.SetAction(async (parseResult, ct) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            await using var provider = CliServices.Build(configuration, s => s.AddScoped<StartCalibrationRound>().AddBlindReviewNotices());
            await using var scope = provider.CreateAsyncScope();
            var services = scope.ServiceProvider;
            try
            {
                await CliServices.PrepareAsync(services, ct);
                var now = TimeProvider.System.GetUtcNow();
                var numbers = parseResult.GetValue(cases)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var result = await services.GetRequiredService<StartCalibrationRound>().HandleAsync(new StartCalibrationRoundCommand(
                    parseResult.GetValue(by)!, parseResult.GetValue(jurisdiction), parseResult.GetValue(quarter) ?? ReportPeriod.QuarterOf(DateOnly.FromDateTime(now.UtcDateTime)).Label,
                    numbers, now), ct);
                if (result.Refusal is { } refusal)
                {
                    await error.WriteLineAsync(Explain(refusal));
                    return 2;
                }
                var started = result.Value!;
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"Calibration round {started.Round.Id} for {started.Round.Quarter}: {started.Cases} cases x {started.Reviewers} reviewers = {started.Reviews} calibration reviews. Each reviewer gets them in Teams when the bot next delivers its outbox; results stay hidden until every review is in.");
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
        "calibration-jurisdiction-unknown" => "--jurisdiction names no configured jurisdiction. Nothing changed.",
        "calibration-quarter-malformed" => $"--quarter must be written {ReportPeriod.QuarterFormat}. Nothing changed.",
        "calibration-case-count" => $"--cases must list {CalibrationRound.MinCases} to {CalibrationRound.MaxCases} case numbers, separated by commas. Nothing changed.",
        "calibration-case-repeated" => "--cases names a case twice. Nothing changed.",
        "calibration-case-unknown" => "--cases names a case that is not one of this jurisdiction's. Nothing changed.",
        _ => "A calibration round needs at least two reviewers in the jurisdiction. Nothing changed.",
    };
}
