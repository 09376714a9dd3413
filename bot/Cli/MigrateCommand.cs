using System.CommandLine;
using CaseCoach.Core.Persistence;

namespace CaseCoach.Bot.Cli;

/// <summary>`migrate`: applies the database migrations of the configured provider, then exits.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations for the configured Database:Provider and exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Services.AddCaseCoachPersistence(builder.Configuration);
            using var host = builder.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }
}
