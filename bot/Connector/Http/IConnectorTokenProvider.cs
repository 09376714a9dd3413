namespace CaseCoach.Bot.Connector.Http;

/// <summary>Supplies the bearer token the Bot Connector expects from this bot (bot-protocol.md §2.1).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// A token for https://api.botframework.com, cached until it nears expiry; null when Bot Framework
    /// authentication is off (no MicrosoftAppId), in which case calls carry no Authorization header.
    /// </summary>
    /// <param name="forceRefresh">Skip the cache; used once after the Connector answered 401.</param>
    /// <exception cref="ConnectorTokenUnavailableException">The token service refused or could not be reached.</exception>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}

/// <summary>No token could be obtained. <see cref="IsTransient"/> is false when the credentials were refused.</summary>
public sealed class ConnectorTokenUnavailableException(string message, bool isTransient, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;
}
