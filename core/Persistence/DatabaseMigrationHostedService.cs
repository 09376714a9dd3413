using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// Migrates at start-up when <c>Database:MigrateOnStart</c> is true. Hosted services start in
/// registration order and before the web server listens, so nothing reads an unmigrated database.
/// </summary>
internal sealed class DatabaseMigrationHostedService(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
