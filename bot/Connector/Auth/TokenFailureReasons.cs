using Microsoft.IdentityModel.Tokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Fixed, token-free wording for each way validation fails. IdentityModel's own messages can echo
/// claim values, so they are never logged or returned.
/// </summary>
internal static class TokenFailureReasons
{
    public const string MissingHeader = "The request has no Authorization header.";
    public const string NotBearer = "The Authorization header is not 'Bearer <token>'.";
    public const string Malformed = "The bearer token is not a well-formed JWT.";
    public const string NoAppIdConfigured = "A token was sent but no MicrosoftAppId is configured to validate it against.";
    public const string EmulatorOutsideDevelopment = "Emulator tokens are accepted only in the Development environment.";
    public const string MetadataUnavailable = "The OpenID metadata or signing keys could not be retrieved.";
    public const string KeyNotEndorsed = "The signing key has no endorsements, so it cannot vouch for a channel.";
    public const string ChannelNotEndorsed = "The signing key is not endorsed for the activity's channel.";
    public const string ServiceUrlClaimMissing = "The token has no serviceurl claim.";
    public const string ServiceUrlMismatch = "The token's serviceurl claim does not match the activity's serviceUrl.";
    public const string EmulatorVersionUnknown = "The Emulator token has an unknown 'ver' claim.";
    public const string EmulatorAppIdMismatch = "The Emulator token was not issued to this bot's app id.";

    public static string From(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's app id.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not accepted.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not accepted.",
        SecurityTokenSignatureKeyNotFoundException => "The token's signing key is not in the published key set.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid or missing.",
        SecurityTokenMalformedException => Malformed,
        null => "The token failed validation.",
        _ => $"The token failed validation ({exception.GetType().Name}).",
    };
}
