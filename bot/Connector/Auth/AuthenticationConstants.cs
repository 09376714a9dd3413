namespace CaseCoach.Bot.Connector.Auth;

/// <summary>Bot Framework values for inbound validation (bot-protocol.md §1.2, §1.3, §1.7).</summary>
public static class AuthenticationConstants
{
    /// <summary>The issuer of every token Azure Bot Service sends to a bot (Teams, Outlook).</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>ABS puts the serviceUrl the token is good for in this (lower-case) claim.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Keys in login.botframework.com's jwks carry this non-standard array of channel ids.</summary>
    public const string EndorsementsMember = "endorsements";

    /// <summary>The 5-minute skew the SDK and the docs allow on nbf and exp.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Issuers of Bot Framework Emulator tokens (v3.1 and v3.2 app registrations, v1 and v2 tokens).</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>For a single-tenant app the Emulator's token comes from the app's own tenant.</summary>
    public static IReadOnlyList<string> TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
