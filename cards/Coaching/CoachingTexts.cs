using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Coaching;

/// <summary>
/// Calendar subjects show in notifications, lock screens and mail gateway logs, so a title's model carries the case
/// number only: no template can name the family. (The sample models keep a caseName so the template test proves it.)
/// </summary>
public sealed record CoachingInvitationSubject(string CaseNumber) : ITextModel
{
    public static string TemplateName => "coaching-invitation-subject";
}

public sealed record CoachingHoldTitle(string CaseNumber) : ITextModel
{
    public static string TemplateName => "coaching-hold-title";
}

public sealed record CoachingHoldReleasedTitle(string CaseNumber) : ITextModel
{
    public static string TemplateName => "coaching-hold-released-title";
}

/// <summary>The hold's body (not a title: the case name may appear in it).</summary>
public sealed record CoachingHoldBody(string CaseNumber, string CaseName, string StartText) : ITextModel
{
    public static string TemplateName => "coaching-hold-body";
}

/// <summary>The booked session's calendar body (HTML; the case name is escaped by the template).</summary>
public sealed record CoachingSessionBody(string CaseNumber, string CaseName) : ITextModel
{
    public static string TemplateName => "coaching-session-body";
}

/// <summary>The hold's calendar body (HTML).</summary>
public sealed record CoachingHoldEventBody(string CaseNumber, string CaseName) : ITextModel
{
    public static string TemplateName => "coaching-hold-event-body";
}

/// <summary>Why the hold is released: the calendar's cancellation comment and the release email's body.</summary>
public sealed record CoachingHoldReleasedComment(bool NotNeeded) : ITextModel
{
    public static string TemplateName => "coaching-hold-released-comment";
}

/// <summary>The invitation email's body (not a title: the case name may appear in it).</summary>
public sealed record CoachingInvitationBody(string CaseNumber, string CaseName, string StartText) : ITextModel
{
    public static string TemplateName => "coaching-invitation-body";
}
