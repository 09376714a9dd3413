using CaseCoach.Cards.Delivery;
using CaseCoach.Cards.Text;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Cards.ActionItems;

/// <summary>R18-R20: done, barrier and send-back reach the next person in their chat, with the barrier or the reason.</summary>
public sealed class ItemStepNoticeText(ITextRenderer texts) : INoticeText<ItemStepNotice>
{
    public string Render(ItemStepNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (item, checklist) = (notice.Item, notice.Checklist);
        var owner = checklist.People.TryGetValue(item.OwnerId, out var o) ? o.Name : checklist.Caseworker.Name;
        return notice.Kind switch
        {
            ItemStepKind.ReportedDone => texts.Render(new ItemReportedDoneText(owner, checklist.Case.Name, item.Description)),
            ItemStepKind.BarrierReported => texts.Render(new ItemBarrierReportedText(owner, checklist.Case.Name, item.Description, item.Barrier ?? "",
                AnswerBy(notice), item.IsSafety)),
            _ => texts.Render(new ItemSentBackText(checklist.Reviewer.Name, checklist.Case.Name, item.Description, item.SendBackReason ?? "")),
        };
    }

    /// <summary>The barrier clock's deadline (core/Clocks), in the reader's zone, so the notice and the nudge agree.</summary>
    private static string AnswerBy(ItemStepNotice notice) => Phrasing.Moment(new Core.Clocks.HandOffContext(notice.Clock).BarrierAnswerDue(notice.Item),
        notice.Recipient.TimeZone);
}
