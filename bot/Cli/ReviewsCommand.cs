using System.CommandLine;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Application;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `reviews queue`: cases waiting for reviewer capacity, highest score first (R1). `reviews reassign --from --to`:
/// a leaving reviewer's open reviews move, each audited, and the new reviewer is told in Teams (R3).
/// </summary>
public static class ReviewsCommand
{
    public static Command Create(IConfiguration configuration) => new("reviews", "Review intake: the queue waiting for capacity, and reassignment.")
    {
        Queue(configuration),
        Reassign(configuration),
    };

    private static Command Queue(IConfiguration configuration)
    {
        var command = new Command("queue", "List the cases waiting for a reviewer with free capacity, with score and waiting time.");
        command.SetAction((parseResult, ct) => RunAsync(configuration, parseResult, async (services, output) =>
        {
            var waiting = (await services.GetRequiredService<IntakePlanner>().PlanAsync(
                TimeProvider.System.GetUtcNow(), services.GetRequiredService<IOptions<IntakeOptions>>().Value, int.MaxValue, ct)).Waiting;
            if (waiting.Count == 0)
            {
                await output.WriteLineAsync("No case is waiting: every review due for assignment has a reviewer (the sweep assigns them).");
                return 0;
            }
            await output.WriteLineAsync($"{waiting.Count} case(s) waiting for a reviewer, highest score first:");
            await output.WriteLineAsync($"  {"caseId",-20} {"score",7}  {"jurisdiction",-14} {"review",-13} waiting");
            foreach (var item in waiting.Select(services.GetRequiredService<ReviewQueueItems>().For))
                await output.WriteLineAsync($"  {item.CaseNumber,-20} {item.Score,7}  {item.Jurisdiction,-14} {item.Kind,-13} {item.Waiting}");
            return 0;
        }));
        return command;
    }

    private static Command Reassign(IConfiguration configuration)
    {
        var from = new Option<string>("--from") { Description = "Email of the reviewer who leaves", Required = true };
        var to = new Option<string>("--to") { Description = "Email of the reviewer who takes over", Required = true };
        var command = new Command("reassign", "Move a reviewer's open reviews (drafts kept) to another reviewer, and tell them.") { from, to };
        command.SetAction((parseResult, ct) => RunAsync(configuration, parseResult, async (services, output) =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var messenger = services.GetRequiredService<PersonalMessenger>();
            var cards = services.GetRequiredService<ICardRenderer>();
            var items = services.GetRequiredService<ReviewListItems>();
            var result = await services.GetRequiredService<ReassignReviews>().HandleAsync(
                new ReassignReviewsCommand(parseResult.GetValue(from)!, parseResult.GetValue(to)!, "cli", now),
                // One notice per run: the moved reviews, on the my-reviews card, keyed by receiver and the run's moment.
                async (receiver, moved, token) => await messenger.SendCardAsync(receiver, new Cause("review-reassigned", $"{receiver.Id}:{now.ToUnixTimeMilliseconds()}"),
                    cards.Render(new MyReviewsCard([.. moved.Select(items.For)])), token),
                ct);
            if (result.Refusal is { } why)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Nothing changed: {why}.");
                return 1;
            }
            await output.WriteLineAsync(result.Moved.Count == 0
                ? "Nothing to move: that reviewer has no open review."
                : $"Moved {result.Moved.Count} open review(s): {string.Join(", ", result.Moved.Select(r => r.Case.ExternalCaseId))}. The new reviewer gets them in Teams when the bot next delivers its outbox.");
            return 0;
        }));
        return command;
    }

    private static async Task<int> RunAsync(IConfiguration configuration, ParseResult parseResult, Func<IServiceProvider, TextWriter, Task<int>> work)
    {
        await using var provider = CliServices.Build(configuration);
        await using var scope = provider.CreateAsyncScope();
        try
        {
            await CliServices.PrepareAsync(scope.ServiceProvider, CancellationToken.None);
            return await work(scope.ServiceProvider, parseResult.InvocationConfiguration.Output);
        }
        catch (OptionsValidationException e)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, e.Failures));
            return 1;
        }
    }
}
