using CaseCoach.Cards.Mail;

namespace CaseCoach.Cards.Reviews;

/// <summary>R10 (email/notification.*.liquid): the case is under review, when it should finish, missing paperwork.</summary>
public sealed record ReviewStartedEmail(
    string CaseworkerFirstName, string SupervisorFirstName, string CaseName, string CaseNumber, string InstrumentName,
    string DueDateText, IReadOnlyList<string> MissingDocuments, string ReviewerName, bool TentativeHold) : IMailModel
{
    public static string TemplateName => "notification";
}

/// <summary>R9 (email/no-coaching-needed.*.liquid): congratulations, the strengths, and any opportunities.</summary>
public sealed record NoCoachingNeededEmail(
    string CaseworkerFirstName, string CaseName, string CaseNumber, IReadOnlyList<string> Strengths, IReadOnlyList<string> Opportunities,
    string QaSupervisorName) : IMailModel
{
    public static string TemplateName => "no-coaching-needed";
}
