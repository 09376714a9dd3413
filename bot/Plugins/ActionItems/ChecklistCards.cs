using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The action-item checklist card: loads a session's items, renders each viewer's own view (R18, R19 decide the
/// buttons), sends one copy to each viewer's chat, and replaces every delivered copy after a change. The activity id
/// of a copy is the ExternalId the dispatcher stored on its send row, found again by the row's idempotency key.
/// </summary>
public sealed class ChecklistCards(
    CaseCoachDbContext db, ICardRenderer cards, OutboxWriter outbox, Proactive proactive, ActionItemsContext context, IConfiguration configuration)
{
    public async Task<Checklist?> LoadAsync(Guid coachingRecordId, CancellationToken cancellationToken)
    {
        var record = await db.Set<Core.Coaching.CoachingRecord>().SingleOrDefaultAsync(r => r.Id == coachingRecordId, cancellationToken);
        if (record is null)
            return null;
        var @case = await db.Cases.SingleAsync(c => c.Id == record.CaseId, cancellationToken);
        var items = await db.Set<ActionItem>().Where(i => i.CoachingRecordId == coachingRecordId).ToListAsync(cancellationToken);
        return await WithPeopleAsync(record, @case, items.OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToList(), cancellationToken);
    }

    public async Task<Checklist> WithPeopleAsync(
        Core.Coaching.CoachingRecord record, Core.Cases.Case @case, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.OwnerId).Append(@case.CaseworkerId).Append(@case.SupervisorId).Append(record.ReviewerId).Distinct().ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new Checklist(record, @case, items, people);
    }

    public async Task<JsonElement> RenderAsync(Checklist checklist, Person viewer, CancellationToken cancellationToken)
    {
        var clock = await context.ClockAsync(cancellationToken);
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
        return cards.Render(new ActionItemsCard(
            configuration["Outlook:ActionableMessageOriginator"] ?? "", checklist.Record.Id.ToString(), userIds,
            checklist.Case.Name, clock.MorningOf(checklist.Record.SessionOn), rows));
    }

    /// <summary>R17: the checklist goes to each viewer's chat, once per session (the key makes a repeat a no-op).</summary>
    public async Task PublishAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        foreach (var viewer in checklist.Viewers)
        {
            if (await proactive.ReferenceAsync(viewer, cancellationToken) is not { } reference)
                continue;
            var card = await RenderAsync(checklist, viewer, cancellationToken);
            var activity = new Activity { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] };
            outbox.Enqueue(TeamsOutbox.MessageKind, SendKey(checklist, viewer), TeamsOutbox.MessagePayload(reference, activity));
        }
    }

    /// <summary>Replaces every delivered copy with its viewer's new view; a copy not yet delivered is sent as it is
    /// and refreshes to the current state when opened (refresh.userIds).</summary>
    public async Task UpdateEverywhereAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        var keys = checklist.Viewers.ToDictionary(v => SendKey(checklist, v));
        var sent = await db.OutboxMessages.AsNoTracking()
            .Where(m => keys.Keys.Contains(m.IdempotencyKey) && m.ExternalId != null)
            .Select(m => new { m.IdempotencyKey, m.ExternalId, m.Payload })
            .ToListAsync(cancellationToken);
        foreach (var copy in sent)
        {
            var viewer = keys[copy.IdempotencyKey];
            var reference = JsonSerializer.Deserialize<TeamsMessagePayload>(copy.Payload, BotJson.Options)!.Reference;
            var card = await RenderAsync(checklist, viewer, cancellationToken);
            var activity = new Activity { Type = "message", Id = copy.ExternalId, Attachments = [Attachment.AdaptiveCard(card)] };
            outbox.Enqueue(TeamsOutbox.UpdateKind, $"checklist-update:{checklist.Record.Id:N}:{viewer.Id}:{Guid.NewGuid():N}",
                TeamsOutbox.UpdatePayload(reference, copy.ExternalId!, activity));
        }
    }

    private static string SendKey(Checklist checklist, Person viewer) => $"checklist:{checklist.Record.Id:N}:{viewer.Id}";

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
