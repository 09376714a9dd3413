using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Tokens whose signature, issuer, audience and lifetime already held. The Connector sends one token with many requests
/// until it expires, and checking its RSA signature again each time is most of authentication's cost (issue 14). Keyed
/// by a hash of the token with what it was checked against, never the token itself; an entry serves only until the
/// token's own expiry (no clock skew added), after which the full validation runs and refuses it. The checks that
/// depend on the request (endorsement for the activity's channel, serviceurl claim) stay with the caller, per request.
/// </summary>
internal sealed class ValidatedTokenCache(TokenClock clock)
{
    /// <summary>Tokens in use at once: a few per Connector region and app; a flood of distinct tokens cannot grow it past this.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, (JsonWebToken Token, System.Security.Claims.ClaimsIdentity Identity)> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public static string KeyOf(string token, string metadataUrl, string? issuer, string? audience) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', metadataUrl, issuer, audience, token))));

    public bool TryGet(string key, out JsonWebToken token, out System.Security.Claims.ClaimsIdentity identity)
    {
        (token, identity) = (null!, null!);
        if (!entries.TryGetValue(key, out var entry)) return false;
        if (entry.Token.ValidTo <= clock.UtcNow.UtcDateTime)
        {
            entries.TryRemove(key, out _);
            return false;
        }

        (token, identity) = entry;
        return true;
    }

    public void Add(string key, JsonWebToken token, System.Security.Claims.ClaimsIdentity identity)
    {
        if (entries.Count >= Capacity)
        {
            // Expired entries go first; if every entry is live the cache starts again, which costs one validation each.
            foreach (var (k, e) in entries)
                if (e.Token.ValidTo <= clock.UtcNow.UtcDateTime) entries.TryRemove(k, out _);
            if (entries.Count >= Capacity) entries.Clear();
        }

        entries[key] = (token, identity);
    }
}
