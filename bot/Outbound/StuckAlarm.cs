using CaseCoach.Cards.Delivery;
using CaseCoach.Cards;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// A message that failed for good on every channel is never silent: logged at Warning (row id and cause name only),
/// and each QA supervisor gets a card naming it (by Teams or, failing that, email). The alert about an alert is not
/// sent, so a supervisor nobody can reach does not start a loop; `stuck` lists both.
/// </summary>
internal sealed class StuckAlarm(IServiceScopeFactory scopes, ILogger<StuckAlarm> logger) : IOutboxFailureAlarm
{
    public const string CauseName = "delivery-stuck";

    public async Task RaiseAsync(OutboxEnvelope message, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var what = message.IdempotencyKey.Split(':')[0];
        Log.Undeliverable(logger, message.Id, what);
        if (what == CauseName) return;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var stuck = scope.ServiceProvider.GetRequiredService<StuckDeliveries>();
        var messenger = scope.ServiceProvider.GetRequiredService<PersonalMessenger>();
        var cards = scope.ServiceProvider.GetRequiredService<ICardRenderer>();
        var since = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var qa in await db.People.AsNoTracking().Where(p => p.Role == Role.QaSupervisor).ToListAsync(cancellationToken))
        {
            var line = await stuck.DescribeAsync(message, reason, since, DateTimeZoneProviders.Tzdb[qa.TimeZone], cancellationToken);
            // One alert per failure round: after `outbox retry`, failing again alerts again.
            await messenger.SendCardAsync(qa, new Cause(CauseName, $"{message.Id}.{message.Attempt}"), cards.Render(DeliveryStuckCard.Of(line)), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // This failure was already raised (the row failed twice without a retry in between).
        }
    }
}
