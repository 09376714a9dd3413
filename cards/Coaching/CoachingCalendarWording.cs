using CaseCoach.Cards.Text;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Cards.Coaching;

/// <summary>The calendar emails' subject and plain sentence (the .ics travels with the mail); subjects name the case number only.</summary>
public sealed class CoachingCalendarWording(ITextRenderer texts)
{
    public (string Subject, string Text) Of(CoachingInvitationMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Review.Case;
        return (texts.Render(new CoachingInvitationSubject(c.ExternalCaseId)),
            texts.Render(new CoachingInvitationBody(c.ExternalCaseId, c.Name, Phrasing.Moment(mail.Start, mail.Zone))));
    }

    public (string Subject, string Text) Of(CoachingHoldMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Review.Case;
        return (texts.Render(new CoachingHoldTitle(c.ExternalCaseId)),
            texts.Render(new CoachingHoldBody(c.ExternalCaseId, c.Name, Phrasing.Moment(mail.Start, mail.Zone))));
    }

    public (string Subject, string Text) Of(CoachingHoldReleasedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return (texts.Render(new CoachingHoldReleasedTitle(mail.Review.Case.ExternalCaseId)), texts.Render(new CoachingHoldReleasedComment(mail.NotNeeded)));
    }
}
