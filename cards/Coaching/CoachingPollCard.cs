namespace CaseCoach.Cards.Coaching;

/// <summary>
/// The coaching request (coaching-poll.json, R14), schema 1.4 because it travels in the supervisor's Teams chat and
/// in the Outlook email. Verbs: coaching.pick {requestId, slotId}, coaching.noneWork {requestId},
/// coaching.proposeTime {requestId} with inputs proposedDate (yyyy-MM-dd) and proposedTime (HH:mm, a choice:
/// Outlook has no Input.Time). Booked* are only shown when <see cref="IsBooked"/>, but always filled.
/// </summary>
/// <param name="Originator">The Outlook actionable-message originator id; Teams ignores it.</param>
public sealed record CoachingPollCard(
    string Originator,
    string RequestId,
    string CaseName,
    string CaseworkerFirstName,
    string SupervisorFirstName,
    int DurationMinutes,
    bool IsOpen,
    bool IsBooked,
    string Notice,
    IReadOnlyList<CoachingPollSlot> Slots,
    IReadOnlyList<CoachingTimeChoice> TimeChoices,
    DateTimeOffset BookedStart,
    DateTimeOffset BookedEnd,
    string AttendeeNames) : ICardModel
{
    public static string TemplateName => "coaching-poll";
}

public sealed record CoachingPollSlot(string SlotId, DateTimeOffset Start, DateTimeOffset End, bool CaseworkerFree);

public sealed record CoachingTimeChoice(string Title, string Value);
