using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Refuses to start with settings that would leave /api/messages open or unreachable: no app id
/// outside Development (the docs say never to expose a way to disable validation), an unknown app
/// type, a single-tenant app without its tenant, or metadata fetched over plain HTTP from the network.
/// </summary>
internal sealed class BotAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthOptions>
{
    public const string AppIdRequiredMessage =
        "MicrosoftAppId is required outside Development: set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (see README, Deploy to a tenant)";

    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        List<string> failures = [];
        if (options.IsAuthenticationDisabled && !environment.IsDevelopment())
        {
            failures.Add(AppIdRequiredMessage);
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType) && !IsKnownAppType(options.MicrosoftAppType))
        {
            failures.Add($"MicrosoftAppType must be {BotAuthOptions.AppTypes.MultiTenant}, {BotAuthOptions.AppTypes.SingleTenant} or {BotAuthOptions.AppTypes.UserAssignedMsi}.");
        }

        if (options.IsSingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppId) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: set it to the directory (tenant) id of the app registration.");
        }

        AddIfBadMetadataUrl(failures, $"{BotAuthOptions.SectionName}:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        AddIfBadMetadataUrl(failures, $"{BotAuthOptions.SectionName}:EmulatorOpenIdMetadataUrl", options.EmulatorOpenIdMetadataUrl);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsKnownAppType(string appType) =>
        appType.Equals(BotAuthOptions.AppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase)
        || appType.Equals(BotAuthOptions.AppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase)
        || appType.Equals(BotAuthOptions.AppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    private static void AddIfBadMetadataUrl(List<string> failures, string key, string url)
    {
        if (!MetadataUrl.IsAcceptable(url))
        {
            failures.Add($"{key} must be an absolute https URL (plain http is allowed only for 127.0.0.1 or localhost).");
        }
    }
}

/// <summary>Signing keys come from the metadata document, so it must not travel in clear over a network.</summary>
internal static class MetadataUrl
{
    public static bool IsAcceptable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    public static bool IsLoopbackHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
}
