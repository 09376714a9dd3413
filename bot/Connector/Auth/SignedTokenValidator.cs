using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>A token whose signature, lifetime, algorithm, issuer (and audience, if asked) held, with the configuration that vouched for it.</summary>
internal sealed record ValidatedToken(JsonWebToken Token, System.Security.Claims.ClaimsIdentity Identity, OpenIdConnectConfiguration Configuration);

/// <summary>
/// The checks every signed token gets (bot-protocol.md §1.3 steps 2-6): RS256/384/512 only, a key
/// from the metadata's jwks, nbf/exp with 5 minutes of skew, read against the token clock (never the bot's movable one).
/// </summary>
internal sealed class SignedTokenValidator(OpenIdMetadataCache metadata, TokenClock clock, ValidatedTokenCache validated, ILogger<SignedTokenValidator> logger)
{
    // Thread-safe and stateless between calls; MapInboundClaims is off by default, so claim names stay raw (aud, serviceurl).
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<(ValidatedToken? Token, string? FailureReason)> ValidateAsync(
        string token, string metadataUrl, Action<TokenValidationParameters> addIssuerAndAudience, CancellationToken cancellationToken)
    {
        var manager = metadata.For(metadataUrl);
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await manager.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.MetadataUnavailable(logger, metadataUrl, exception);
            return (null, TokenFailureReasons.MetadataUnavailable);
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = configuration.SigningKeys,
            // The endorsement check trusts the key named by 'kid', so the signature must come from that key.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
            // IdentityModel reads the system clock; this reads the token clock with the same rules.
            LifetimeValidator = ValidateLifetime,
        };
        addIssuerAndAudience(parameters);

        // The configuration is the current one even on a hit, so a key no longer published fails the endorsement check.
        var key = ValidatedTokenCache.KeyOf(token, metadataUrl, parameters.ValidIssuer, parameters.ValidAudience);
        if (validated.TryGet(key, out var cachedToken, out var cachedIdentity))
            return (new ValidatedToken(cachedToken, cachedIdentity, configuration), null);

        var result = await Handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Keys roll over without notice; the refresh is rate-limited by the manager (5 minutes) and runs in the background.
                manager.RequestRefresh();
                Log.SigningKeysRefreshRequested(logger, metadataUrl);
            }

            return (null, TokenFailureReasons.From(result.Exception));
        }

        if (result.SecurityToken is not JsonWebToken jwt)
            return (null, TokenFailureReasons.Malformed);
        validated.Add(key, jwt, result.ClaimsIdentity);
        return (new ValidatedToken(jwt, result.ClaimsIdentity, configuration), null);
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.UtcNow.UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } start && start > expires.Value)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = start, Expires = expires };
        }

        if (notBefore is { } nbf && nbf > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = nbf };
        }

        if (expires.Value < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }
}
