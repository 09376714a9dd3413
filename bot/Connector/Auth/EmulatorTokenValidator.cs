namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// A Bot Framework Emulator token (Development only, bot-protocol.md §1.7): an Entra token the
/// Emulator gets with the bot's own credentials. As in the SDK, the audience is not checked; the
/// app id must be in 'appid' (ver 1.0 or absent) or 'azp' (ver 2.0). No endorsements, no serviceurl.
/// </summary>
internal sealed class EmulatorTokenValidator(SignedTokenValidator signedTokens)
{
    public static bool IsEmulatorIssuer(string? issuer, BotAuthOptions options) =>
        issuer is not null && ValidIssuers(options).Contains(issuer, StringComparer.Ordinal);

    public async Task<BotAuthenticationResult> ValidateAsync(string token, BotAuthOptions options, CancellationToken cancellationToken)
    {
        var (validated, failure) = await signedTokens.ValidateAsync(token, options.EmulatorOpenIdMetadataUrl, parameters =>
        {
            parameters.ValidIssuers = ValidIssuers(options);
            parameters.ValidateAudience = false;
        }, cancellationToken);
        if (validated is null)
        {
            return BotAuthenticationResult.Failure(failure!);
        }

        validated.Token.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.EmulatorVersionUnknown);
        }

        return validated.Token.TryGetPayloadValue<string>(appIdClaim, out var appId)
            && string.Equals(appId, options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
                ? BotAuthenticationResult.Success(validated.Identity)
                : BotAuthenticationResult.Failure(TokenFailureReasons.EmulatorAppIdMismatch);
    }

    private static IReadOnlyList<string> ValidIssuers(BotAuthOptions options) =>
        options.IsSingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? [.. AuthenticationConstants.EmulatorIssuers, .. AuthenticationConstants.TenantIssuers(options.MicrosoftAppTenantId)]
            : AuthenticationConstants.EmulatorIssuers;
}
