using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>One viewer's checklist card model: R18 and R19 decide which buttons each row shows them.</summary>
internal static class ChecklistView
{
    public static ActionItemsCard Of(ChecklistCopy copy, string originator)
    {
        var (viewer, checklist, clock) = (copy.Recipient, copy.Checklist, copy.Clock);
        var canReport = ActionItemRoles.CanReport(viewer, checklist.Case);
        var canReview = ActionItemRoles.CanReview(viewer, checklist.Record);
        var rows = checklist.Items.Select(item => new ActionItemRow(
            item.Id.ToString(),
            item.Description,
            checklist.People.TryGetValue(item.OwnerId, out var owner) ? owner.Name : "",
            clock.CloseOfBusinessOn(item.DueOn),
            DuePhrase.For(item.DueOn, item.Status == ActionItemStatus.Open, clock.Now, viewer.TimeZone),
            StatusText(item, clock),
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

    private static string StatusText(ActionItem item, ActionItemClock clock) => item.Status switch
    {
        ActionItemStatus.Verified => "Verified complete",
        ActionItemStatus.ReportedDone => "Reported done, waiting for verification",
        _ when item.Barrier is not null && item.BarrierReportedAt > (item.ExtendedAt ?? DateTimeOffset.MinValue) => "Barrier reported",
        _ when clock.IsOverdue(item) => "Overdue",
        _ when item.SendBackReason is not null => $"Sent back: {item.SendBackReason}",
        _ => item.ExtensionCount > 0 ? "Open (due date extended)" : "Open",
    };
}
