using CaseCoach.Bot.Connector.Http;

namespace CaseCoach.Tests.Hosting;

/// <summary>Stands in for MSAL in host tests: the token service is not on this machine's network.</summary>
public sealed class FixedConnectorToken : IConnectorTokenProvider
{
    public const string Token = "connector-test-token";

    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(Token);
}
