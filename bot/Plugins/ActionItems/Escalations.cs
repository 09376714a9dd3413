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
/// R22, R23: escalates unresolved overdue items to the director of quality and the caseworker's program director
/// (a card in each one's chat and one email), opening an <see cref="AccountabilityStaffing"/> to book, with the
/// repeat warning when the worker or unit had one recently.
/// </summary>
public sealed class Escalations(
    CaseCoachDbContext db, ActionItemsContext context, Proactive proactive, ActionItemsEmails emails, ICardRenderer cards, OutboxWriter outbox,
    IConfiguration configuration, ILogger<Escalations> logger)
{
    /// <summary>R23: "repeat" means within a quarter.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(90);

    public async Task EscalateAsync(Checklist checklist, IReadOnlyList<ActionItem> items, string key, CancellationToken cancellationToken)
    {
        var clock = await context.ClockAsync(cancellationToken);
        var staffing = AccountabilityStaffing.Escalate(checklist.Case.Id, checklist.Case.CaseworkerId, checklist.Case.UnitId,
            items.Select(i => i.Id), items.Min(i => i.DueOn), key, clock.Now);
        db.Add(staffing);
        var warning = await RepeatWarningAsync(staffing, cancellationToken);
        var directors = await DirectorsAsync(checklist, cancellationToken);
        await emails.EscalationAsync(checklist, items, key, directors, warning, cancellationToken);
        foreach (var director in directors)
        {
            var card = await RenderAsync(staffing, checklist, director, warning, cancellationToken);
            await proactive.SendAsync(director, CardKey(staffing, director),
                new Activity { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken);
        }
    }

    /// <summary>Replaces each director's delivered escalation card with their new view (after the staffing is booked).</summary>
    public async Task UpdateCardsAsync(AccountabilityStaffing staffing, Checklist checklist, string warning, CancellationToken cancellationToken)
    {
        foreach (var director in await DirectorsAsync(checklist, cancellationToken))
        {
            var key = CardKey(staffing, director);
            var sent = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey == key && m.ExternalId != null)
                .Select(m => new { m.ExternalId, m.Payload }).SingleOrDefaultAsync(cancellationToken);
            if (sent is null)
                continue;
            var reference = JsonSerializer.Deserialize<TeamsMessagePayload>(sent.Payload, BotJson.Options)!.Reference;
            var card = await RenderAsync(staffing, checklist, director, warning, cancellationToken);
            outbox.Enqueue(TeamsOutbox.UpdateKind, $"{key}:update:{staffing.ScheduledAt:yyyyMMddHHmmss}",
                TeamsOutbox.UpdatePayload(reference, sent.ExternalId!,
                    new Activity { Type = "message", Id = sent.ExternalId, Attachments = [Attachment.AdaptiveCard(card)] }));
        }
    }

    private static string CardKey(AccountabilityStaffing staffing, Person director) => $"{staffing.NoticeKey}:card:{director.Id}";

    public async Task<JsonElement> RenderAsync(
        AccountabilityStaffing staffing, Checklist checklist, Person viewer, string warning, CancellationToken cancellationToken)
    {
        var clock = await context.ClockAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == checklist.Case.UnitId, cancellationToken);
        var items = checklist.Items.Where(i => staffing.ActionItemIds.Contains(i.Id)).Select(i => new EscalatedItem(
            i.Description, checklist.People[i.OwnerId].Name, clock.CloseOfBusinessOn(i.DueOn),
            DuePhrase.For(i.DueOn, i.Status == ActionItemStatus.Open, clock.Now, viewer.TimeZone), i.Barrier ?? "")).ToList();
        var scheduled = staffing.StartsAt is { } start
            ? $"Accountability staffing booked for {InZone(start, viewer.TimeZone)}; the invitation is on its way to everyone's calendar."
            : "";
        return cards.Render(new EscalationCard(configuration["Outlook:ActionableMessageOriginator"] ?? "", staffing.Id.ToString(),
            checklist.Case.Name, checklist.Caseworker.Name, unit.Name, items, warning, scheduled,
            CanSchedule: staffing.ScheduledAt is null && ActionItemRoles.CanScheduleStaffing(viewer)));
    }

    private static string InZone(DateTimeOffset start, string timeZone) =>
        NodaTime.Instant.FromDateTimeOffset(start).InZone(Core.Scheduling.ZoneNames.Find(timeZone) ?? NodaTime.DateTimeZone.Utc)
            .ToDateTimeOffset().ToString("dddd, MMMM d 'at' h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    /// <summary>Every director of quality, and the program director over the caseworker.</summary>
    public async Task<IReadOnlyList<Person>> DirectorsAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        var quality = await db.People.Where(p => p.Role == Role.DirectorOfQuality).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var program = await ProgramDirectorAsync(checklist, cancellationToken);
        return program is null ? quality : [.. quality, program];
    }

    /// <summary>The caseworker's supervisor's manager when a program director, else the unit's program director.</summary>
    public async Task<Person?> ProgramDirectorAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        if (checklist.Supervisor.SupervisorId is { } managerId
            && await db.People.SingleOrDefaultAsync(p => p.Id == managerId && p.Role == Role.ProgramDirector, cancellationToken) is { } manager)
            return manager;
        var director = await db.People.Where(p => p.Role == Role.ProgramDirector && p.UnitId == checklist.Case.UnitId)
            .OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (director is null)
            Log.NoProgramDirector(logger, checklist.Case.UnitId);
        return director;
    }

    /// <summary>R23: earlier staffings for the same worker or unit within <see cref="RepeatWindow"/>; never a score.</summary>
    public async Task<string> RepeatWarningAsync(AccountabilityStaffing staffing, CancellationToken cancellationToken)
    {
        var since = staffing.EscalatedAt - RepeatWindow;
        var recent = db.Set<AccountabilityStaffing>().AsNoTracking().Where(s => s.EscalatedAt >= since && s.Id != staffing.Id);
        var worker = await recent.CountAsync(s => s.CaseworkerId == staffing.CaseworkerId, cancellationToken) + 1;
        var unit = await recent.CountAsync(s => s.UnitId == staffing.UnitId, cancellationToken) + 1;
        if (worker < 2 && unit < 2)
            return "";
        return $"Repeat accountability staffing: number {worker} for this caseworker and number {unit} for the unit in the last 90 days. "
            + "A warning sign to look into with them, never a score (R23).";
    }
}
