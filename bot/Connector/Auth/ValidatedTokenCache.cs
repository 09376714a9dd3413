using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Tokens whose signature, issuer, audience and lifetime already held. The Connector sends one token with many requests
/// until it expires, and checking its RSA signature again each time is most of authentication's cost (issue 14). Keyed
/// by a hash of the token with what it was checked against, never the token itself; an entry serves only until the
/// token's own expiry by the <see cref="TokenClock"/> (no clock skew added), after which the full validation runs and
/// refuses it. The checks that depend on the request (endorsement for the activity's channel, serviceurl claim) stay
/// with the caller, per request. Bounded as <c>SeenConversations</c>: when full, the cache compacts itself and a token
/// not kept costs one more validation, never a wrong answer. The cache's own expiry is only a backstop.
/// </summary>
internal sealed class ValidatedTokenCache(TokenClock clock) : IDisposable
{
    /// <summary>Tokens in use at once: a few per Connector region and app; a flood of distinct tokens cannot grow it past this.</summary>
    public const int Capacity = 1024;

    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = Capacity });

    private sealed record Validated(JsonWebToken Token, ClaimsIdentity Identity);

    public int Count => _validated.Count;

    public static string KeyOf(string token, string metadataUrl, string? issuer, string? audience) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', metadataUrl, issuer, audience, token))));

    public bool TryGet(string key, out JsonWebToken token, out ClaimsIdentity identity)
    {
        (token, identity) = (null!, null!);
        if (!_validated.TryGetValue(key, out Validated? entry)) return false;
        if (entry!.Token.ValidTo <= clock.UtcNow.UtcDateTime)
        {
            _validated.Remove(key);
            return false;
        }

        (token, identity) = (entry.Token, entry.Identity);
        return true;
    }

    public void Add(string key, JsonWebToken token, ClaimsIdentity identity)
    {
        // A token inside the clock skew past its expiry is valid once more, but TryGet would never serve it.
        var left = token.ValidTo - clock.UtcNow.UtcDateTime;
        if (left <= TimeSpan.Zero) return;
        _validated.Set(key, new Validated(token, identity), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = left });
    }

    public void Dispose() => _validated.Dispose();
}
