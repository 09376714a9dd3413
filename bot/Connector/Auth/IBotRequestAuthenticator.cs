using System.Security.Claims;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Authenticates one POST /api/messages the way the Bot Framework does: the bearer token, then the
/// checks that need the parsed activity (channel endorsement of the signing key, serviceurl claim).
/// </summary>
public interface IBotRequestAuthenticator
{
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>
/// Succeeded with the token's identity (anonymous when authentication is off in Development), or
/// failed with a reason that is logged but never shown in detail to the caller.
/// </summary>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(true, identity, null);
    public static BotAuthenticationResult Failure(string reason) => new(false, null, reason);
}
