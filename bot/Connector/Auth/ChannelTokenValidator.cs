using CaseCoach.Bot.Connector.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// A token Azure Bot Service sent for a Teams or Outlook activity (bot-protocol.md §1.3-1.5):
/// issuer api.botframework.com, audience our app id, then the two checks that need the activity:
/// the signing key is endorsed for the activity's channel, and the serviceurl claim names the
/// activity's serviceUrl (which is what makes it safe to send our own token there later).
/// </summary>
internal sealed class ChannelTokenValidator(SignedTokenValidator signedTokens)
{
    public async Task<BotAuthenticationResult> ValidateAsync(string token, Activity activity, BotAuthOptions options, CancellationToken cancellationToken)
    {
        var (validated, failure) = await signedTokens.ValidateAsync(token, options.OpenIdMetadataUrl, parameters =>
        {
            parameters.ValidIssuer = AuthenticationConstants.BotFrameworkIssuer;
            parameters.ValidAudience = options.MicrosoftAppId;
        }, cancellationToken);
        if (validated is null)
        {
            return BotAuthenticationResult.Failure(failure!);
        }

        var endorsements = Endorsements.ForKey(validated.Configuration, SigningKeyId(validated.Token));
        if (endorsements is null)
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.KeyNotEndorsed);
        }

        if (!Endorsements.Allows(endorsements, activity.ChannelId))
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.ChannelNotEndorsed);
        }

        if (!validated.Token.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var claimedServiceUrl)
            || string.IsNullOrWhiteSpace(claimedServiceUrl))
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.ServiceUrlClaimMissing);
        }

        return SameServiceUrl(claimedServiceUrl, activity.ServiceUrl)
            ? BotAuthenticationResult.Success(validated.Identity)
            : BotAuthenticationResult.Failure(TokenFailureReasons.ServiceUrlMismatch);
    }

    private static string? SigningKeyId(JsonWebToken token) => token.SigningKey?.KeyId is { Length: > 0 } keyId ? keyId : token.Kid;

    /// <summary>Case-insensitive, and "https://x/amer" equals "https://x/amer/" (bot-protocol.md §1.5).</summary>
    internal static bool SameServiceUrl(string claimed, string? fromActivity) =>
        !string.IsNullOrWhiteSpace(fromActivity)
        && string.Equals(claimed.Trim().TrimEnd('/'), fromActivity.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
