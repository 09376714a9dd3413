namespace CaseCoach.Bot.Graph;

/// <summary>The <c>Graph</c> configuration section.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string PublicBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Tests point the SDK at a loopback fake; national clouds use their own endpoint.</summary>
    public string BaseUrl { get; set; } = PublicBaseUrl;
}

/// <summary>
/// The bot's app registration, read from the root keys the Bot Framework SDK uses, so one registration
/// serves the Connector and Graph (app-only, client credentials).
/// </summary>
public sealed class GraphAppCredentials
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Names of the keys still to set; empty when app-only tokens can be requested.</summary>
    public IEnumerable<string> MissingKeys()
    {
        if (string.IsNullOrWhiteSpace(MicrosoftAppId)) yield return nameof(MicrosoftAppId);
        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword)) yield return nameof(MicrosoftAppPassword);
        if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId)) yield return nameof(MicrosoftAppTenantId);
    }
}
