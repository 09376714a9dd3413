using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Organisation.Setup;

/// <summary>
/// Upserts the configured jurisdictions once at start-up. Two instances starting together may both insert a new
/// key: the unique index lets one win, and the loser applies again over what the winner wrote.
/// </summary>
internal sealed class JurisdictionSetupHostedService(
    IServiceScopeFactory scopes, IOptions<JurisdictionsOptions> options, ILogger<JurisdictionSetupHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<ApplyJurisdictionSettings>()
                    .HandleAsync(options.Value.Jurisdictions, cancellationToken);
                Log.Applied(logger, options.Value.Jurisdictions.Count, result.Added, result.Retired.Count);
                return;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                Log.AppliedConcurrently(logger);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
