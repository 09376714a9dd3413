using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// R23, the "how often": which accountability staffing this is for the caseworker and for the unit within the last
/// quarter, counting itself. A second one for either is a warning sign to look into with them, never a score.
/// </summary>
public sealed record RepeatStaffing(int ForCaseworker, int ForUnit)
{
    /// <summary>R23: "repeat" means within a quarter.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public bool IsRepeat => ForCaseworker >= 2 || ForUnit >= 2;

    public static async Task<RepeatStaffing> OfAsync(CaseCoachDbContext db, AccountabilityStaffing staffing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(staffing);
        var since = staffing.EscalatedAt - Window;
        var recent = db.Set<AccountabilityStaffing>().AsNoTracking().Where(s => s.EscalatedAt >= since && s.Id != staffing.Id);
        return new(await recent.CountAsync(s => s.CaseworkerId == staffing.CaseworkerId, cancellationToken) + 1,
            await recent.CountAsync(s => s.UnitId == staffing.UnitId, cancellationToken) + 1);
    }
}
