using CaseCoach.Core.Application;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// What a coaching record must satisfy before anything is saved (R15, R16), and the bounds on what a card may send:
/// the form is card data, so every count and length is capped here with a clear refusal.
/// </summary>
public static class CoachingSessionRules
{
    public const int MaxItems = 20, MaxAttendees = 10, MaxAnswersChanged = 50, MaxAppreciationLength = 2000;

    public static readonly Refusal QualityTeamOnly = new(RefusalCode.NotAllowed, "coaching-record-quality-team-only");
    public static readonly Refusal CaseGone = new(RefusalCode.NotFound, "coaching-record-case-gone");
    public static readonly Refusal TooManyItems = new(RefusalCode.Invalid, "coaching-record-too-many-items");
    public static readonly Refusal TooManyAttendees = new(RefusalCode.Invalid, "coaching-record-too-many-attendees");
    public static readonly Refusal TooManyAnswers = new(RefusalCode.Invalid, "coaching-record-too-many-answers");
    public static readonly Refusal AppreciationTooLong = new(RefusalCode.Invalid, "coaching-record-appreciation-too-long");
    public static readonly Refusal NotAfterReview = new(RefusalCode.Invalid, "coaching-record-not-after-review");
    public static readonly Refusal SessionInFuture = new(RefusalCode.Invalid, "coaching-record-session-in-future");
    public static readonly Refusal NoAttendees = new(RefusalCode.Invalid, "coaching-record-no-attendees");
    public static readonly Refusal NeverReviewed = new(RefusalCode.Invalid, "coaching-record-never-reviewed");
    public static readonly Refusal SessionGone = new(RefusalCode.NotFound, "coaching-record-session-gone");
    public static readonly Refusal NoConcerns = new(RefusalCode.Invalid, "coaching-record-no-concerns");

    /// <returns>The first rule the command breaks, or null.</returns>
    public static Refusal? Check(RecordCoachingSessionCommand command, Case @case, Review? review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(@case);
        if (command.Items.Count > MaxItems) return TooManyItems;
        if (command.AttendeeIds.Count > MaxAttendees) return TooManyAttendees;
        if (command.AnswersChangedToYes.Count > MaxAnswersChanged) return TooManyAnswers;
        if (command.Appreciation.Length > MaxAppreciationLength) return AppreciationTooLong;
        if (command.SessionOn > today) return SessionInFuture;
        if (command.AttendeeIds.Count == 0) return NoAttendees;
        if (string.IsNullOrWhiteSpace(command.ConcernsSummary)) return NoConcerns;
        if (command.Items.FirstOrDefault(i => i.OwnerId != @case.CaseworkerId && i.OwnerId != @case.SupervisorId) is { } outsider)
            return new Refusal(RefusalCode.Invalid, "coaching-record-owner-outside-case", Bounded(outsider.Description));
        // R15: a session follows a completed review of the same case, and its No-to-Yes changes name questions it answered No.
        if (review is null || review.CaseId != @case.Id || review.CompletedAt is null) return NotAfterReview;
        return command.AnswersChangedToYes.FirstOrDefault(q => review.AnswerTo(q.Trim())?.Value != Answer.No) is { } notNo
            ? new Refusal(RefusalCode.Invalid, "coaching-record-answer-not-no", Bounded(notNo))
            : null;
    }

    /// <summary>A field echoed back in a refusal is card data: keep it short.</summary>
    private static string Bounded(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
