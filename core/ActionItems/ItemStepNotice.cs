using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

/// <summary>Which step on an item the other side needs to hear about (R18, R19).</summary>
public enum ItemStepKind
{
    /// <summary>R18: reported done; the reviewer verifies it in the case file.</summary>
    ReportedDone,

    /// <summary>R19, R20: a barrier; the reviewer extends (never a safety item) or escalates within one business day.</summary>
    BarrierReported,

    /// <summary>R18: sent back with what the file still lacks; the caseworker picks it up again.</summary>
    SentBack,
}

/// <summary>A chat notice about one step on one item, to whoever acts next. The words are cards/text/item-*.liquid.</summary>
public sealed record ItemStepNotice(Person Recipient, Cause Cause, ItemStepKind Kind, Checklist Checklist, ActionItem Item, ActionItemClock Clock)
    : Notice(Recipient, Cause)
{
    /// <summary>cards/email/notice-TWIN.*, for when Teams cannot reach the recipient.</summary>
    public override string EmailTwin => Kind switch
    {
        ItemStepKind.ReportedDone => "item-awaiting-verification",
        ItemStepKind.BarrierReported => "barrier-reported",
        _ => "item-sent-back",
    };
}

/// <summary>
/// Tells the next person after a done report, a barrier or a send-back, in the step's transaction. Each occurrence is
/// its own cause (the step's time is in it), so a second barrier on the same item is heard too, and a repeat once.
/// </summary>
public sealed class ItemStepNotices(INotifier notifier)
{
    public async Task<Result<ChecklistCopy>> TellAsync(Result<ChecklistCopy> result, Guid? itemId, ItemStepKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Value is not { } copy || copy.Checklist.Items.FirstOrDefault(i => i.Id == itemId) is not { } item) return result;
        var (at, recipients) = kind switch
        {
            ItemStepKind.ReportedDone => (item.ReportedDoneAt, new[] { copy.Checklist.Reviewer }),
            ItemStepKind.BarrierReported => (item.BarrierReportedAt, [copy.Checklist.Reviewer]),
            _ => (item.SentBackAt, [copy.Checklist.People[item.OwnerId], copy.Checklist.Caseworker]),
        };
        var cause = new Cause($"item-{kind.ToString().ToLowerInvariant()}", $"{item.Id:N}-{at?.UtcTicks}");
        foreach (var person in recipients.DistinctBy(p => p.Id).Where(p => p.Id != copy.Recipient.Id))
            await notifier.NotifyAsync(new ItemStepNotice(person, cause, kind, copy.Checklist, item, copy.Clock), cancellationToken);
        return result;
    }
}
