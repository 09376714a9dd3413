namespace CaseCoach.Cards.Coaching;

/// <summary>
/// The coaching request (coaching-poll.json, R13, R14), schema 1.4 because it travels in Teams chats and in the
/// Outlook email. One view per viewer (its refresh carries <see cref="UserIds"/> of every attendee, so each opener
/// gets their own): <see cref="IsPicker"/> the case's supervisor, with coaching.pick {requestId, slotId},
/// coaching.noneWork {requestId}, coaching.proposeTime {requestId} with inputs proposedDate (yyyy-MM-dd) and
/// proposedTime (HH:mm, a choice: Outlook has no Input.Time); <see cref="IsCaseworker"/> the caseworker, with
/// coaching.markTimes {requestId} and input workingSlots (the slot ids that work, comma separated); otherwise
/// <see cref="IsStatus"/>, where the request stands (the quality team, and the card shared on the email).
/// Booked* are only shown when <see cref="IsBooked"/>, but always filled.
/// </summary>
/// <param name="Originator">The Outlook actionable-message originator id; Teams ignores it.</param>
/// <param name="WorkingSlotIds">The caseworker's current marks, as the multi-select's value.</param>
public sealed record CoachingPollCard(
    string Originator,
    string RequestId,
    IReadOnlyList<string> UserIds,
    string CaseName,
    string CaseworkerFirstName,
    string SupervisorFirstName,
    int DurationMinutes,
    bool IsOpen,
    bool IsBooked,
    bool IsPicker,
    bool IsCaseworker,
    bool IsStatus,
    string Notice,
    IReadOnlyList<CoachingPollSlot> Slots,
    IReadOnlyList<CoachingTimeChoice> TimeChoices,
    string WorkingSlotIds,
    DateTimeOffset BookedStart,
    DateTimeOffset BookedEnd,
    string AttendeeNames) : ICardModel
{
    public static string TemplateName => "coaching-poll";
}

/// <param name="Label">The time in words, for the caseworker's choices (a choice's title cannot format dates).</param>
/// <param name="MarkedWorks">The caseworker marked it as working for them (R13).</param>
/// <param name="MarkedNotWorking">The caseworker marked it as not working for them.</param>
public sealed record CoachingPollSlot(string SlotId, DateTimeOffset Start, DateTimeOffset End, bool CaseworkerFree, string Label, bool MarkedWorks, bool MarkedNotWorking);

public sealed record CoachingTimeChoice(string Title, string Value);
