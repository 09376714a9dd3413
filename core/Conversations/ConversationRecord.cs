namespace CaseCoach.Core.Conversations;

/// <summary>
/// The stored coordinates of a person's Teams/Outlook conversation with the bot, as columns so that
/// any instance can send proactively (never kept in process memory). One row per channel conversation.
/// </summary>
public sealed class ConversationRecord
{
    private ConversationRecord() { }

    public long Id { get; private set; }
    public string AadObjectId { get; private set; } = "";
    public string? TenantId { get; private set; }
    public string ChannelId { get; private set; } = "";
    public string ServiceUrl { get; private set; } = "";
    public string ConversationId { get; private set; } = "";
    public string? ConversationType { get; private set; }
    public string BotId { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? WelcomedAt { get; private set; }

    public ConversationCoordinates Coordinates =>
        new(AadObjectId, TenantId, ChannelId, ServiceUrl, ConversationId, ConversationType, BotId, UserId);

    public static ConversationRecord Capture(ConversationCoordinates coordinates, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinates.ChannelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinates.ConversationId);
        var record = new ConversationRecord
        {
            ChannelId = coordinates.ChannelId,
            ConversationId = coordinates.ConversationId,
        };
        record.Refresh(coordinates, now);
        return record;
    }

    /// <summary>
    /// Takes the latest coordinates of the same conversation: the service URL in particular may change
    /// between activities, and the newest one is the one that works.
    /// </summary>
    public void Refresh(ConversationCoordinates coordinates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        if (coordinates.ChannelId != ChannelId || coordinates.ConversationId != ConversationId)
        {
            throw new InvalidOperationException("Coordinates of another conversation cannot refresh this one.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(coordinates.AadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinates.ServiceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinates.BotId);
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinates.UserId);
        AadObjectId = coordinates.AadObjectId;
        TenantId = coordinates.TenantId;
        ServiceUrl = coordinates.ServiceUrl;
        ConversationType = coordinates.ConversationType;
        BotId = coordinates.BotId;
        UserId = coordinates.UserId;
        UpdatedAt = now;
    }

    /// <summary>
    /// The conversation spoke again: changed coordinates are taken at once, but the stamp of unchanged ones moves at most
    /// once per <paramref name="stampEvery"/>, so that an ordinary turn (a read-only one above all) writes nothing here.
    /// The stamp only orders a person's conversations newest first, which an hour's lag does not disturb.
    /// </summary>
    /// <returns>Whether anything changed (and will be written).</returns>
    public bool Seen(ConversationCoordinates coordinates, DateTimeOffset now, TimeSpan stampEvery)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        if (coordinates == Coordinates && now - UpdatedAt < stampEvery)
        {
            return false;
        }

        Refresh(coordinates, now);
        return true;
    }

    /// <summary>A person is welcomed once per conversation; false when that already happened.</summary>
    public bool MarkWelcomed(DateTimeOffset now)
    {
        if (WelcomedAt is not null)
        {
            return false;
        }

        WelcomedAt = now;
        return true;
    }
}
