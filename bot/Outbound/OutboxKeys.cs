using System.Security.Cryptography;
using System.Text;
using CaseCoach.Core.Application;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// The one de-duplication rule for everything the bot sends: the outbox idempotency key is
/// <c>&lt;cause&gt;:&lt;channel&gt;:&lt;recipient&gt;</c>, so one cause reaches one recipient on one channel once, however
/// often the turn or sweep that caused it runs. Built here only.
/// </summary>
public static class OutboxKeys
{
    /// <summary>A message to a person's 1:1 chat; the recipient is their aadObjectId.</summary>
    public const string Teams = "teams";

    /// <summary>An email; the recipient is a digest of its To addresses (keys stay short and free of '@').</summary>
    public const string Email = "email";

    /// <summary>A replacement of a delivered card; the recipient is the delivered activity id, plus a revision.</summary>
    public const string TeamsUpdate = "teams-update";

    /// <summary>A reply in the conversation an activity came from: one per activity and position, however often it is redelivered.</summary>
    public const string Reply = "reply";

    public static string For(Cause cause, string channel, string recipient)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return Bounded(channel, $"{cause}:{channel}:{recipient}");
    }

    public static string ForReply(string conversationId, string activityId, int index) =>
        Bounded(Reply, $"{Reply}:{conversationId}:{activityId}:{index}");

    // Causes and ids are short; should one ever not be, a digest keeps the key unique and within the column.
    private static string Bounded(string channel, string key) =>
        key.Length <= OutboxMessage.IdempotencyKeyMaxLength ? key : $"{channel}:{Digest(key)}";

    public static string ForEmail(Cause cause, IEnumerable<string> toAddresses) =>
        For(cause, Email, Digest(string.Join(',', toAddresses.Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal)))[..16]);

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
