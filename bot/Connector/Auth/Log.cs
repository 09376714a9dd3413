using Microsoft.Extensions.Logging;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>Auth log lines carry reasons only: never tokens, claims, names or tenant ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Inbound request refused: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Bot Framework authentication is OFF: MicrosoftAppId is empty and the environment is Development, so requests without an Authorization header are accepted anonymously. Never run like this with real data.")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Token signed by a key not in the cached key set; requested a refresh of {MetadataUrl}")]
    public static partial void SigningKeysRefreshRequested(ILogger logger, string metadataUrl);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Could not retrieve OpenID metadata from {MetadataUrl}")]
    public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);
}
