using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Demo;

/// <summary>
/// Seeds the demo data at start-up when Demo:Seed is true. Registered after the persistence
/// services, so it runs after the start-up migration (hosted services start in order).
/// </summary>
internal sealed class DemoDataHostedService(IServiceScopeFactory scopes, IOptions<DemoOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
            return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
