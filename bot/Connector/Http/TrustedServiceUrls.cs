using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Decides which serviceUrls may receive the bot's access token (bot-protocol.md §2.8): https hosts
/// of the Bot Framework and Teams, plus the origins listed in BotAuth:TrustedServiceUrls. A serviceUrl
/// outside this list is never called, so a forged activity cannot make the bot leak its token.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<TrustedServiceUrlOptions> options)
{
    private static readonly string[] MicrosoftHostSuffixes =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];

    private readonly Uri[] listed = [.. options.Value.TrustedServiceUrls.Select(u => new Uri(u, UriKind.Absolute))];

    public bool IsTrusted(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps && MicrosoftHostSuffixes.Any(suffix => HostIsOrEndsWith(uri.Host, suffix)))
        {
            return true;
        }

        return listed.Any(origin =>
            string.Equals(origin.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(origin.Host, uri.Host, StringComparison.OrdinalIgnoreCase)
            && (origin.IsDefaultPort || origin.Port == uri.Port));
    }

    private static bool HostIsOrEndsWith(string host, string suffix) =>
        host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase);
}

internal sealed class TrustedServiceUrlOptionsValidator : IValidateOptions<TrustedServiceUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedServiceUrlOptions options)
    {
        var bad = options.TrustedServiceUrls
            .Where(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            .ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"BotAuth:TrustedServiceUrls entries must be absolute http(s) URLs such as http://127.0.0.1:5005; not: {string.Join(", ", bad)}.");
    }
}
