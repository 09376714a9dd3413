using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Hosting;

/// <summary>
/// GET /healthz turns Degraded (still 200: the database answers) when rows wait in the outbox longer than
/// <c>Outbox:DegradedAfter</c>, so an operator sees a remote that keeps refusing, or no dispatcher running,
/// before people notice missing messages.
/// </summary>
internal sealed class OutboxHealthCheck(CaseCoachDbContext db, TimeProvider time, IOptions<OutboxOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var after = options.Value.DegradedAfter;
        var cutoff = time.GetUtcNow() - after;
        var waiting = await db.OutboxMessages.AsNoTracking()
            .Undelivered().Where(m => m.CreatedAt < cutoff)
            .CountAsync(cancellationToken);
        return waiting == 0
            ? HealthCheckResult.Healthy("No outbox row has waited longer than Outbox:DegradedAfter.")
            : HealthCheckResult.Degraded($"{waiting} outbox row(s) undelivered for longer than {after} (Outbox:DegradedAfter).");
    }
}
