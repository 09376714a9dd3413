using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Cards.ActionItems;

/// <summary>The action-item email intents from core as their template models (cards/email), names and dates phrased here.</summary>
public sealed class ActionItemEmailViews(ITextRenderer texts)
{
    /// <summary>R17: the agreed items, with the reviewer's appreciation (or the default one).</summary>
    public ActionItemsEmail Of(ActionItemsMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Checklist;
        var appreciation = string.IsNullOrWhiteSpace(mail.Appreciation) ? texts.Render(new DefaultAppreciationText()) : mail.Appreciation.Trim();
        return new ActionItemsEmail(Phrasing.FirstName(c.Caseworker.Name), c.Case.Name, c.Case.ExternalCaseId, appreciation,
            c.Items.Select(i => new AgreedItemLine(i.Description, c.People[i.OwnerId].Name, Phrasing.Day(i.DueOn))).ToList(), c.Reviewer.Name);
    }

    /// <summary>R21: the overdue email, naming the program director (or who stands in for one).</summary>
    public OverdueEmail Of(OverdueMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Checklist;
        return new OverdueEmail(Phrasing.FirstName(c.Caseworker.Name), c.Case.Name, c.Case.ExternalCaseId,
            mail.Items.Select(i => new OverdueItemLine(i.Description, Phrasing.Day(i.DueOn))).ToList(), Phrasing.TimeOfDay(mail.CloseOfBusiness),
            mail.ProgramDirector?.Name ?? texts.Render(new ProgramDirectorFallbackText()), c.Reviewer.Name);
    }

    /// <summary>R22, R23: the escalation email, overdue phrases in the jurisdiction's day.</summary>
    public EscalationEmail Of(EscalationMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var c = mail.Checklist;
        var items = mail.Items.Select(i => new EscalatedItemLine(i.Description, c.People[i.OwnerId].Name, Phrasing.Day(i.DueOn),
            texts.Render(DuePhraseText.For(i.DueOn, true, mail.Clock.Now, mail.TimeZone)), i.Barrier ?? "")).ToList();
        return new EscalationEmail(c.Caseworker.Name, c.Supervisor.Name, c.Case.Name, c.Case.ExternalCaseId, items,
            EscalationView.RepeatWarning(texts, mail.Repeat), c.Reviewer.Name);
    }
}
