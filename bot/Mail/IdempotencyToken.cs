using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseCoach.Bot.Mail;

/// <summary>
/// Turns an idempotency key into a token that is safe as a file name and as a Message-ID local part.
/// The readable part helps a person find the file; the hash of the exact key keeps two keys that
/// sanitise alike (e.g. "a:b" and "a/b") from overwriting each other.
/// </summary>
internal static partial class IdempotencyToken
{
    private const int MaxReadableLength = 80;

    public static string From(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var readable = UnsafeCharacters().Replace(idempotencyKey, "-").Trim('-');
        if (readable.Length > MaxReadableLength)
        {
            readable = readable[..MaxReadableLength].TrimEnd('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..16];
        return readable.Length == 0 ? hash : $"{readable}-{hash}";
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex UnsafeCharacters();
}
