using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Coaching;

/// <summary>
/// Calendar subjects show in notifications, lock screens and mail gateway logs, so they name the case number only;
/// <paramref name="CaseName"/> is in the model so the template test can prove it is never used in a title.
/// </summary>
public sealed record CoachingInvitationSubject(string CaseNumber, string CaseName) : ITextModel
{
    public static string TemplateName => "coaching-invitation-subject";
}

public sealed record CoachingHoldTitle(string CaseNumber, string CaseName) : ITextModel
{
    public static string TemplateName => "coaching-hold-title";
}

public sealed record CoachingHoldReleasedTitle(string CaseNumber, string CaseName) : ITextModel
{
    public static string TemplateName => "coaching-hold-released-title";
}

/// <summary>The hold's body (not a title: the case name may appear in it).</summary>
public sealed record CoachingHoldBody(string CaseNumber, string CaseName, string StartText) : ITextModel
{
    public static string TemplateName => "coaching-hold-body";
}
