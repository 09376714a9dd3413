using System.Text.Json;
using CaseCoach.Core.Audit;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// The request for a coaching session after a review that needs one (R11-R14): the times offered, and once someone
/// picks, the booked meeting. <see cref="Version"/> is a concurrency token: of two picks at once only the first
/// commit wins, so a request books one meeting.
/// </summary>
public sealed class CoachingRequest : AuditedEntity
{
    public const int KeyLength = 32;

    private CoachingRequest() { }

    public long Id { get; private set; }

    /// <summary>The random id cards carry, so requests cannot be guessed.</summary>
    public string Key { get; private set; } = "";
    public long ReviewId { get; private set; }
    public CoachingRequestStatus Status { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>R13: the end of the window the offered times come from; "none of these work" widens it.</summary>
    public DateTimeOffset WindowEnd { get; private set; }
    public string SlotsJson { get; private set; } = "[]";
    public DateTimeOffset? BookedStart { get; private set; }
    public DateTimeOffset? BookedEnd { get; private set; }
    public string? EventId { get; private set; }
    public string? BookedByAadObjectId { get; private set; }

    /// <summary>
    /// The pick being booked right now (set by a conditional update, see <see cref="IsClaimedByOther"/>): only the
    /// claimer talks to the calendar, so two picks at once give one meeting at the claimer's time.
    /// </summary>
    public string? ClaimToken { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public DateTimeOffset? ClaimedStart { get; private set; }
    public DateTimeOffset? ClaimedEnd { get; private set; }

    public bool IsOpen => Status == CoachingRequestStatus.Open;

    public IReadOnlyList<OfferedSlot> Slots => JsonSerializer.Deserialize<List<OfferedSlot>>(SlotsJson, JsonSerializerOptions.Web) ?? [];

    public static CoachingRequest Open(long reviewId, IReadOnlyList<ProposedSlot> slots, DateTimeOffset windowEnd, DateTimeOffset now)
    {
        var request = new CoachingRequest
        {
            Key = Guid.NewGuid().ToString("N"),
            ReviewId = reviewId,
            Status = CoachingRequestStatus.Open,
            CreatedAt = now,
        };
        request.Offer(slots, windowEnd, now);
        request.Audited(AuditEntry.SystemActor, "coaching.requested");
        return request;
    }

    /// <summary>Another pick holds an unexpired claim: it is booking <see cref="ClaimedStart"/> now.</summary>
    public bool IsClaimedByOther(string token, DateTimeOffset now) =>
        IsOpen && ClaimToken is not null && ClaimToken != token && ClaimedUntil > now;

    public OfferedSlot? FindSlot(string? slotId) => Slots.FirstOrDefault(s => s.Id == slotId);

    /// <summary>Replaces the offered times (after a conflict, or a wider window); earlier slot ids stop matching.</summary>
    public void Offer(IReadOnlyList<ProposedSlot> slots, DateTimeOffset windowEnd, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slots);
        RequireOpen();
        Version++;
        var offered = slots.Select((s, i) => new OfferedSlot($"{Version}-{i + 1}", s.Start, s.End, s.CaseworkerFree)).ToList();
        SlotsJson = JsonSerializer.Serialize(offered, JsonSerializerOptions.Web);
        WindowEnd = windowEnd;
        UpdatedAt = now;
    }

    /// <summary>R14: the meeting is in everyone's calendar; the request offers nothing more.</summary>
    public void Book(DateTimeOffset start, DateTimeOffset end, string eventId, string bookedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        if (end <= start) throw new ArgumentException("A session ends after it starts.", nameof(end));
        RequireOpen();
        Version++;
        Status = CoachingRequestStatus.Booked;
        BookedStart = start;
        BookedEnd = end;
        EventId = eventId;
        BookedByAadObjectId = bookedBy;
        UpdatedAt = now;
        Audited(bookedBy, "coaching.booked");
    }

    protected override string AuditType => "CoachingRequest";
    protected override string AuditId => Key;

    /// <summary>Ids and times only, no names: what was offered and what was booked.</summary>
    protected override object AuditDetails() => new { status = Status.ToString(), offered = Slots.Count, start = BookedStart, end = BookedEnd };

    private void RequireOpen()
    {
        if (!IsOpen) throw new InvalidOperationException("This coaching request is no longer open.");
    }
}
