using Microsoft.Extensions.Logging;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Outbound Connector logs: operation, host, status, error code and the Connector's correlating
/// operation id (what Microsoft support asks for). Never message text, names or conversation ids.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(3101, LogLevel.Debug, "Connector {Operation} to {Host} answered {Status} (X-Correlating-OperationId {CorrelationId})")]
    public static partial void Answered(ILogger logger, string operation, string host, int status, string? correlationId);

    [LoggerMessage(3102, LogLevel.Warning, "Connector {Operation} to {Host} refused with {Status} {ErrorCode} (X-Correlating-OperationId {CorrelationId})")]
    public static partial void Refused(ILogger logger, string operation, string host, int status, string? errorCode, string? correlationId);

    [LoggerMessage(3103, LogLevel.Warning, "Connector {Operation} to {Host} failed without an answer: {Reason}")]
    public static partial void CallFailedWithoutAnswer(ILogger logger, string operation, string host, string reason);

    [LoggerMessage(3104, LogLevel.Warning, "Connector {Operation} not sent: serviceUrl {Origin} is not trusted; add it to BotAuth:TrustedServiceUrls if it is yours")]
    public static partial void UntrustedServiceUrl(ILogger logger, string operation, string origin);

    [LoggerMessage(3105, LogLevel.Information, "Connector answered {Status} from {Host}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, int status, int attempt, TimeSpan delay, string? host);

    [LoggerMessage(3106, LogLevel.Warning, "Connector at {Host} answered 401; fetching a fresh token and sending once more")]
    public static partial void RefreshingTokenAfter401(ILogger logger, string host);

    [LoggerMessage(3107, LogLevel.Debug, "Connector token from {Source} (forced refresh: {ForceRefresh})")]
    public static partial void TokenAcquired(ILogger logger, string source, bool forceRefresh);

    [LoggerMessage(3108, LogLevel.Error, "Entra ID refused the bot's Connector token request: {Status} {ErrorCode}; check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId")]
    public static partial void TokenRefused(ILogger logger, int status, string errorCode);

    [LoggerMessage(3109, LogLevel.Warning, "Outbox row {RowId} ({Kind}) has a payload that cannot be read: {Problem}")]
    public static partial void BadPayload(ILogger logger, long rowId, string kind, string problem);

    [LoggerMessage(3110, LogLevel.Information, "Connector call not sent: Teams' rate limits leave no room for {Wait}; the outbox tries again then")]
    public static partial void PacedLater(ILogger logger, TimeSpan wait);
}
