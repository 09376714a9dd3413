using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Reads the non-standard <c>endorsements</c> array that login.botframework.com attaches to each key:
/// the channels a key may sign for (bot-protocol.md §1.4). IdentityModel keeps unknown JWK members in
/// <see cref="JsonWebKey.AdditionalData"/>; the runtime type of the value is not part of its contract,
/// so every shape it could take is accepted.
/// </summary>
internal static class Endorsements
{
    /// <summary>The channels the key with <paramref name="keyId"/> is endorsed for, or null when the key has no endorsements entry.</summary>
    public static IReadOnlyList<string>? ForKey(OpenIdConnectConfiguration configuration, string? keyId)
    {
        if (string.IsNullOrEmpty(keyId) || configuration.JsonWebKeySet is null)
        {
            return null;
        }

        var key = configuration.JsonWebKeySet.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return key is not null && key.AdditionalData.TryGetValue(AuthenticationConstants.EndorsementsMember, out var value)
            ? ToStrings(value)
            : null;
    }

    /// <summary>
    /// The channel must be listed. The SDK lets an activity with no channelId pass whatever the key vouches for;
    /// here it is held to Teams' rule, so leaving the field out can never widen what a key may sign for.
    /// </summary>
    public static bool Allows(IReadOnlyList<string> endorsements, string? channelId) =>
        endorsements.Contains(string.IsNullOrEmpty(channelId) ? StrictestChannel : channelId, StringComparer.Ordinal);

    /// <summary>The channel whose endorsement an activity without a channelId needs.</summary>
    public const string StrictestChannel = "msteams";

    private static IReadOnlyList<string>? ToStrings(object? value) => value switch
    {
        null => null,
        string single => [single],
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        JsonElement { ValueKind: JsonValueKind.String } text => [text.GetString()!],
        JsonElement => [],
        IEnumerable items => [.. items.Cast<object?>().Select(Text).OfType<string>()],
        _ => [],
    };

    private static string? Text(object? item) => item switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };
}
