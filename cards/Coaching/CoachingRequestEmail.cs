using CaseCoach.Cards.Mail;

namespace CaseCoach.Cards.Coaching;

/// <summary>R14: the coaching request email (cards/email/coaching-request.*); Outlook shows the poll card above it.</summary>
public sealed record CoachingRequestEmail(
    string CaseworkerFirstName, string SupervisorFirstName, string CaseName, string CaseNumber, int DurationMinutes,
    IReadOnlyList<string> ProposedTimes, string MeetingModes, string ReviewerName, string QaSupervisorName) : IMailModel
{
    /// <summary>How the session can be held: any of them, the people choose.</summary>
    public const string AnyMeetingMode = "on Teams, by phone or in person";

    public static string TemplateName => "coaching-request";
}
