using CaseCoach.Core.ActionItems;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// The documentation of one coaching session (fidelity event "Coaching"): attendees with titles, a summary of the
/// concerns, the answers changed from No to Yes because they were resolved in the session (R15), and whether it was
/// recorded within two business days of the session (R16). Its action items point back at it.
/// </summary>
public sealed class CoachingRecord
{
    public const int SummaryMaxLength = 4000;

    private readonly List<CoachingAttendee> _attendees = [];

    private CoachingRecord() { }

    public Guid Id { get; private set; }
    public long CaseId { get; private set; }

    /// <summary>The review the session followed, when known (the review entity lives in core/Reviews).</summary>
    public long? ReviewId { get; private set; }

    /// <summary>The booked session (<see cref="CoachingSession"/>) this documents; null for a session held outside the bot.</summary>
    public long? CoachingSessionId { get; private set; }

    /// <summary>The quality reviewer who verifies this session's action items (R18).</summary>
    public long ReviewerId { get; private set; }
    public DateOnly SessionOn { get; private set; }
    public string ConcernsSummary { get; private set; } = "";
    public IReadOnlyList<CoachingAttendee> Attendees => _attendees;

    /// <summary>R15: question ids whose No was resolved during the session and changed to Yes.</summary>
    public string[] AnswersChangedToYes { get; private set; } = [];
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>R16, R24: recorded on or before the second business day after the session.</summary>
    public bool RecordedOnTime { get; private set; }
    public DateTimeOffset? ActionItemsEmailedAt { get; private set; }

    public static CoachingRecord Document(
        long caseId, long? reviewId, long reviewerId, DateOnly sessionOn, IEnumerable<CoachingAttendee> attendees,
        string concernsSummary, IEnumerable<string> answersChangedToYes, DateOnly today, DateOnly recordDeadline, DateTimeOffset now,
        long? coachingSessionId = null)
    {
        var summary = concernsSummary?.Trim() ?? "";
        var people = attendees.DistinctBy(a => a.PersonId).ToList();
        if (sessionOn > today)
            throw new ActionItemRuleException("A coaching session is documented after it took place; the session date is in the future.");
        if (people.Count == 0)
            throw new ActionItemRuleException("List who attended the session (R16).");
        if (summary.Length == 0)
            throw new ActionItemRuleException("Add a brief summary of the concerns discussed (R16).");
        if (summary.Length > SummaryMaxLength)
            throw new ActionItemRuleException($"The summary has at most {SummaryMaxLength} characters.");

        var record = new CoachingRecord
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            ReviewId = reviewId,
            CoachingSessionId = coachingSessionId,
            ReviewerId = reviewerId,
            SessionOn = sessionOn,
            ConcernsSummary = summary,
            AnswersChangedToYes = answersChangedToYes.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToArray(),
            RecordedAt = now,
            RecordedOnTime = today <= recordDeadline,
        };
        record._attendees.AddRange(people);
        return record;
    }

    /// <summary>R17: the action-items email goes out once, the same day as the session.</summary>
    public FidelityEvent MarkActionItemsEmailed(DateTimeOffset now)
    {
        ActionItemsEmailedAt ??= now;
        return FidelityEvent.Record(FidelityEventKinds.ActionItemsEmailed, CaseId, now, Id);
    }

    public FidelityEvent RecordedEvent(long actorId) =>
        FidelityEvent.Record(FidelityEventKinds.CoachingRecorded, CaseId, RecordedAt, Id, actorPersonId: actorId);
}
