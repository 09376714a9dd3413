using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>Says once, at start-up and loudly, that /api/messages accepts anonymous requests (Development without an app id).</summary>
internal sealed class AuthenticationOffWarning(IOptions<BotAuthOptions> options, IHostEnvironment environment, ILogger<AuthenticationOffWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAuthenticationDisabled && environment.IsDevelopment())
        {
            Log.AuthenticationOff(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
