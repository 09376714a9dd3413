using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The jurisdiction whose calendar the action items run on. Cases and people carry no jurisdiction yet, so a
/// deployment's first jurisdiction is the one (one deployment per jurisdiction until they do).
/// </summary>
public sealed class ActionItemCalendar(CaseCoachDbContext db)
{
    private Jurisdiction? _jurisdiction;
    private bool _loaded;

    public async Task<Jurisdiction?> JurisdictionAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
            (_jurisdiction, _loaded) = (await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken), true);
        return _jurisdiction;
    }

    public async Task<ActionItemClock> ClockAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ActionItemClock.For(await JurisdictionAsync(cancellationToken), now);
}
