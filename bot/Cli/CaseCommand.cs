using System.CommandLine;
using System.Globalization;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `case close|goal-changed|children-removed CASEID [DATE]`: the R2 stop rules' facts that the
/// prediction listing does not carry. Each change is audited; reviews due after the date stop.
/// </summary>
public static class CaseCommand
{
    /// <summary>The audit trail's actor for a fact recorded at the command line (the entity audits it as it is saved).</summary>
    public const string Actor = "cli";

    public static Command Create(IConfiguration configuration) => new("case", "Record what stops a case's reviews (R2).")
    {
        Fact("close", "The case is closed: no further reviews.", configuration, (c, _) => c.CloseBy(Actor), needsDate: false),
        Fact("goal-changed", "The permanency goal changed on DATE (yyyy-MM-dd): reviews due after it stop.", configuration, (c, on) => c.RecordGoalChangeBy(Actor, on)),
        Fact("children-removed", "The children were removed on DATE (yyyy-MM-dd): safety-model reviews due after it stop.", configuration, (c, on) => c.RecordRemovalBy(Actor, on)),
    };

    private static Command Fact(string name, string description, IConfiguration configuration,
        Action<Core.Cases.Case, DateOnly> record, bool needsDate = true)
    {
        var caseId = new Argument<string>("CASEID") { Description = "The caseId of the prediction listing." };
        var date = new Argument<string?>("DATE") { Description = "yyyy-MM-dd", Arity = needsDate ? ArgumentArity.ExactlyOne : ArgumentArity.Zero };
        var command = new Command(name, description) { caseId, date };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var errors = parseResult.InvocationConfiguration.Error;
            var on = default(DateOnly);
            if (needsDate && !DateOnly.TryParseExact(parseResult.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
            {
                await errors.WriteLineAsync("Nothing changed: DATE must be written yyyy-MM-dd, e.g. 2026-10-01.");
                return 1;
            }

            var services = new ServiceCollection().AddLogging().AddCaseCoachPersistence(configuration);
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
                var id = parseResult.GetValue(caseId)!.Trim();
                if (await db.Cases.SingleOrDefaultAsync(c => c.ExternalCaseId == id, cancellationToken) is not { } found)
                {
                    await errors.WriteLineAsync($"Nothing changed: no case has caseId '{id}'. Import the listing first.");
                    return 1;
                }
                record(found, on);
                await db.SaveChangesAsync(cancellationToken);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Case {id}: {name} recorded.");
                return 0;
            }
            catch (OptionsValidationException e)
            {
                await errors.WriteLineAsync(string.Join(Environment.NewLine, e.Failures));
                return 1;
            }
        });
        return command;
    }
}
