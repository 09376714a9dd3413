using System.CommandLine;
using CaseCoach.Core.Outbox;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `outbox retry [--id N]`: messages that failed for good on every channel (the QA supervisor's `stuck` list) get a
/// fresh retry budget; the running bot delivers them again, by Teams or email, once.
/// </summary>
public static class OutboxCommand
{
    public static Command Create(IConfiguration configuration) => new("outbox", "Outbound delivery: resend what could not be delivered.")
    {
        Retry(configuration),
    };

    private static Command Retry(IConfiguration configuration)
    {
        var id = new Option<long?>("--id") { Description = "Only this row (the number `stuck` shows); default every failed row" };
        var command = new Command("retry", "Give failed messages a fresh retry budget; the running bot sends them again.") { id };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var provider = CliServices.Build(configuration);
            await using var scope = provider.CreateAsyncScope();
            try
            {
                await CliServices.PrepareAsync(scope.ServiceProvider, ct);
                var count = await scope.ServiceProvider.GetRequiredService<OutboxRetry>().RetryAsync(parseResult.GetValue(id), ct);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(count == 0
                    ? "Nothing to retry: no message has failed for good."
                    : $"{count} message(s) will be sent again when the bot next delivers its outbox.");
                return 0;
            }
            catch (OptionsValidationException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, e.Failures));
                return 1;
            }
        });
        return command;
    }
}
