namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Inbound authentication settings. The app registration keys sit at the configuration root under
/// the Bot Framework SDK's names; the rest lives in the <c>BotAuth</c> section.
/// </summary>
public sealed class BotAuthOptions
{
    public const string SectionName = "BotAuth";

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI (root key <c>MicrosoftAppType</c>).</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app id: the audience of every channel token. Empty means authentication is off.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Read for completeness; inbound validation never uses it (outbound token acquisition does).</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = AuthenticationConstants.BotFrameworkOpenIdMetadataUrl;

    public string EmulatorOpenIdMetadataUrl { get; set; } = AuthenticationConstants.EmulatorOpenIdMetadataUrl;

    /// <summary>Tenants whose activities are served. Empty: every tenant (or the app's own tenant for SingleTenant).</summary>
    public List<string> AllowedTenants { get; set; } = [];

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, AppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);

    public static class AppTypes
    {
        public const string MultiTenant = "MultiTenant";
        public const string SingleTenant = "SingleTenant";
        public const string UserAssignedMsi = "UserAssignedMSI";
    }
}
