using CaseCoach.Cards.Delivery;
using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Cards.ActionItems;

/// <summary>R20: the reminder and overdue chat texts, each item's due phrase counted in the reader's own day.</summary>
public sealed class DueItemsNoticeText(ITextRenderer texts) : INoticeText<DueItemsNotice>
{
    public string Render(DueItemsNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var lines = notice.Items.Select(i => new DueItemLine(i.Description, texts.Render(DuePhraseText.For(i.DueOn, true, notice.Clock.Now, notice.Recipient.TimeZone)))).ToList();
        return notice.Kind == NoticeKind.Reminder
            ? texts.Render(new ActionItemsReminderText(notice.Checklist.Case.Name, lines))
            : texts.Render(new ActionItemsOverdueText(notice.Checklist.Case.Name, lines));
    }
}
