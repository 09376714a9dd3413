using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Cards.ActionItems;

/// <summary>One viewer's checklist card model: R18 and R19 decide which buttons each row shows them.</summary>
public sealed class ChecklistView(ITextRenderer texts)
{
    public ActionItemsCard Of(ChecklistCopy copy, string originator)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var (viewer, checklist, clock) = (copy.Recipient, copy.Checklist, copy.Clock);
        var canReport = ActionItemRoles.CanReport(viewer, checklist.Case);
        var canReview = ActionItemRoles.CanReview(viewer, checklist.Record);
        var rows = checklist.Items.Select(item => new ActionItemRow(
            item.Id.ToString(),
            item.Description,
            checklist.People.TryGetValue(item.OwnerId, out var owner) ? owner.Name : "",
            clock.CloseOfBusinessOn(item.DueOn),
            texts.Render(DuePhraseText.For(item.DueOn, item.Status == ActionItemStatus.Open, clock.Now, viewer.TimeZone)),
            texts.Render(ItemStatusText.Of(item, clock)),
            item.Status != ActionItemStatus.Open,
            item.IsSafety,
            item.Barrier ?? "",
            CanReportDone: canReport && item.Status == ActionItemStatus.Open,
            CanReportBarrier: canReport && item.Status == ActionItemStatus.Open,
            CanVerify: canReview && item.Status == ActionItemStatus.ReportedDone,
            CanSendBack: canReview && item.Status == ActionItemStatus.ReportedDone,
            CanExtend: canReview && !item.IsSafety && item.Status != ActionItemStatus.Verified)).ToList();
        var userIds = checklist.Viewers.Select(p => "8:orgid:" + p.AadObjectId).ToList();
        return new ActionItemsCard(originator, checklist.Record.Id.ToString(), userIds, checklist.Case.Name, clock.MorningOf(checklist.Record.SessionOn), rows);
    }
}
