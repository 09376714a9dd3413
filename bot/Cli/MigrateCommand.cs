using System.CommandLine;
using CaseCoach.Core.Persistence;

namespace CaseCoach.Bot.Cli;

/// <summary>`migrate`: applies the database migrations of the configured provider, then exits.</summary>
public static class MigrateCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("migrate", "Apply database migrations for the configured Database:Provider and exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var services = new ServiceCollection().AddLogging().AddCaseCoachPersistence(configuration);
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException e)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, e.Failures));
                return 1;
            }
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }
}
