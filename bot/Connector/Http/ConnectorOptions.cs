using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>Retry and timeout settings of the outbound Connector client (section "Connector").</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>Retries of one call after 429, 412, 502, 503 or 504 (the Teams rate-limit guidance uses 3).</summary>
    [Range(0, 10, ErrorMessage = "Connector:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay when the Connector gave no Retry-After; doubles per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Connector:RetryBaseDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Connector:RetryMaxDelay must be between 00:00:00 and 00:05:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest Retry-After waited for in-process. A 429 asking for longer is handed back as
    /// Throttled, so the outbox reschedules the row instead of holding a dispatcher slot.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Connector:MaxRetryAfter must be between 00:00:00 and 00:05:00.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time limit of one logical call, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Connector:Timeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);
}

/// <summary>Overrides of the outbound token acquisition (section "ConnectorAuth").</summary>
public sealed class ConnectorAuthOptions
{
    public const string SectionName = "ConnectorAuth";

    /// <summary>
    /// The MSAL authority, e.g. for a sovereign cloud. Default: https://login.microsoftonline.com/{MicrosoftAppTenantId}
    /// for SingleTenant, https://login.microsoftonline.com/botframework.com for MultiTenant. MSAL requires https.
    /// </summary>
    [RegularExpression("^https://[^/]+/.+$", ErrorMessage = "ConnectorAuth:Authority must be an absolute https URL such as https://login.microsoftonline.com/<tenant id>.")]
    public string? Authority { get; set; }
}

/// <summary>The outbound part of section "BotAuth": extra hosts that may receive the bot's token.</summary>
public sealed class TrustedServiceUrlOptions
{
    public const string SectionName = "BotAuth";

    /// <summary>
    /// Origins such as "http://127.0.0.1:5005" (tests) or "http://localhost" (the Emulator; without a
    /// port every port of that host matches), trusted in addition to the Microsoft https hosts.
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } = [];
}
