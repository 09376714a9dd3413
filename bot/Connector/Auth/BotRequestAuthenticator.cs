using System.Security.Claims;
using CaseCoach.Bot.Connector.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Authenticates POST /api/messages as the Bot Framework SDK does: read the bearer token, peek at its
/// unvalidated issuer to pick the path (Emulator in Development, otherwise Azure Bot Service), and
/// validate fully on that path. With no app id in Development, a request without a header is anonymous.
/// </summary>
internal sealed class BotRequestAuthenticator(
    IOptions<BotAuthOptions> options,
    IHostEnvironment environment,
    ChannelTokenValidator channelTokens,
    EmulatorTokenValidator emulatorTokens,
    ILogger<BotRequestAuthenticator> logger) : IBotRequestAuthenticator
{
    /// <summary>The authentication type of the identity given to unauthenticated requests when authentication is off (the SDK's name).</summary>
    public const string AnonymousAuthenticationType = "anonymous";

    private static readonly JsonWebTokenHandler Reader = new();

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await AuthenticateCoreAsync(authorizationHeader, activity, options.Value, cancellationToken);
        if (!result.Succeeded)
        {
            Log.AuthenticationFailed(logger, result.FailureReason ?? TokenFailureReasons.From(null));
        }

        return result;
    }

    private async Task<BotAuthenticationResult> AuthenticateCoreAsync(
        string? authorizationHeader, Activity activity, BotAuthOptions settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return settings.IsAuthenticationDisabled && environment.IsDevelopment()
                ? BotAuthenticationResult.Success(new ClaimsIdentity([], AnonymousAuthenticationType))
                : BotAuthenticationResult.Failure(TokenFailureReasons.MissingHeader);
        }

        if (BearerToken(authorizationHeader) is not { } token)
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.NotBearer);
        }

        // A header sent to a bot without an app id can never be valid: there is no audience to match.
        if (settings.IsAuthenticationDisabled)
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.NoAppIdConfigured);
        }

        if (UnvalidatedIssuer(token) is not { } issuer)
        {
            return BotAuthenticationResult.Failure(TokenFailureReasons.Malformed);
        }

        if (EmulatorTokenValidator.IsEmulatorIssuer(issuer, settings))
        {
            return environment.IsDevelopment()
                ? await emulatorTokens.ValidateAsync(token, settings, cancellationToken)
                : BotAuthenticationResult.Failure(TokenFailureReasons.EmulatorOutsideDevelopment);
        }

        return await channelTokens.ValidateAsync(token, activity, settings, cancellationToken);
    }

    /// <summary>Exactly "Bearer &lt;token&gt;": one space, scheme compared case-sensitively, as the SDK does.</summary>
    private static string? BearerToken(string header)
    {
        var parts = header.Split(' ');
        return parts is ["Bearer", { Length: > 0 } token] ? token : null;
    }

    /// <summary>Only chooses the validation path; the chosen path validates the issuer for real.</summary>
    private static string? UnvalidatedIssuer(string token)
    {
        if (!Reader.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return Reader.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
