using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.Coaching;
using CaseCoach.Cards.Mail;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>A calendar email: a title and a plain sentence (both text templates), the .ics attached by the mail itself.</summary>
public abstract class CalendarMailComposer<TMail>(ITextRenderer texts) : IMailComposer<TMail> where TMail : CalendarMail
{
    protected ITextRenderer Texts => texts;

    protected abstract (string Subject, string Text) Compose(TMail mail);

    public Task<RenderedEmail> RenderAsync(TMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken)
    {
        var (subject, text) = Compose(mail);
        return Task.FromResult(new RenderedEmail(subject, $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>", text));
    }
}

public sealed class CoachingInvitationComposer(ITextRenderer texts) : CalendarMailComposer<CoachingInvitationMail>(texts)
{
    protected override (string, string) Compose(CoachingInvitationMail mail) => (
        Texts.Render(new CoachingInvitationSubject(mail.Review.Case.ExternalCaseId)),
        Texts.Render(new CoachingInvitationBody(mail.Review.Case.ExternalCaseId, mail.Review.Case.Name, Phrasing.Moment(mail.Start, mail.Zone))));
}

public sealed class CoachingHoldComposer(ITextRenderer texts) : CalendarMailComposer<CoachingHoldMail>(texts)
{
    protected override (string, string) Compose(CoachingHoldMail mail) => (
        Texts.Render(new CoachingHoldTitle(mail.Review.Case.ExternalCaseId)),
        Texts.Render(new CoachingHoldBody(mail.Review.Case.ExternalCaseId, mail.Review.Case.Name, Phrasing.Moment(mail.Start, mail.Zone))));
}

public sealed class CoachingHoldReleasedComposer(ITextRenderer texts) : CalendarMailComposer<CoachingHoldReleasedMail>(texts)
{
    protected override (string, string) Compose(CoachingHoldReleasedMail mail) => (
        Texts.Render(new CoachingHoldReleasedTitle(mail.Review.Case.ExternalCaseId)),
        Texts.Render(new CoachingHoldReleasedComment(mail.NotNeeded)));
}
