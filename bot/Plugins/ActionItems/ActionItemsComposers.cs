using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>R17: <see cref="ActionItemsMail"/> as the action-items email's model.</summary>
public sealed class ActionItemsComposer(ITextRenderer texts) : MailComposer<ActionItemsMail, ActionItemsEmail>
{
    protected override ActionItemsEmail Compose(ActionItemsMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Checklist;
        var appreciation = string.IsNullOrWhiteSpace(mail.Appreciation) ? texts.Render(new DefaultAppreciationText()) : mail.Appreciation.Trim();
        return new ActionItemsEmail(Phrasing.FirstName(c.Caseworker.Name), c.Case.Name, c.Case.ExternalCaseId, appreciation,
            c.Items.Select(i => new AgreedItemLine(i.Description, c.People[i.OwnerId].Name, Phrasing.Day(i.DueOn))).ToList(), c.Reviewer.Name);
    }
}

/// <summary>R21: <see cref="OverdueMail"/> as the overdue email's model.</summary>
public sealed class OverdueComposer(ITextRenderer texts) : MailComposer<OverdueMail, OverdueEmail>
{
    protected override OverdueEmail Compose(OverdueMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Checklist;
        return new OverdueEmail(Phrasing.FirstName(c.Caseworker.Name), c.Case.Name, c.Case.ExternalCaseId,
            mail.Items.Select(i => new OverdueItemLine(i.Description, Phrasing.Day(i.DueOn))).ToList(), Phrasing.TimeOfDay(mail.CloseOfBusiness),
            mail.ProgramDirector?.Name ?? texts.Render(new ProgramDirectorFallbackText()), c.Reviewer.Name);
    }
}

/// <summary>R22, R23: <see cref="EscalationMail"/> as the escalation email's model, overdue phrases in the jurisdiction's day.</summary>
public sealed class EscalationComposer(ITextRenderer texts) : MailComposer<EscalationMail, EscalationEmail>
{
    protected override EscalationEmail Compose(EscalationMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Checklist;
        var items = mail.Items.Select(i => new EscalatedItemLine(i.Description, c.People[i.OwnerId].Name, Phrasing.Day(i.DueOn),
            DuePhrase.For(i.DueOn, true, mail.Clock.Now, mail.TimeZone), i.Barrier ?? "")).ToList();
        return new EscalationEmail(c.Caseworker.Name, c.Supervisor.Name, c.Case.Name, c.Case.ExternalCaseId, items,
            EscalationNoticeCard.RepeatWarning(texts, mail.Repeat), c.Reviewer.Name);
    }
}
