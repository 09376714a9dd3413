using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The jurisdiction whose calendar the action items run on. Cases and people carry no jurisdiction yet, so a
/// deployment's first jurisdiction is the one (one deployment per jurisdiction until they do).
/// </summary>
public sealed class ActionItemsContext(CaseCoachDbContext db, TimeProvider time)
{
    private ActionItemClock? _clock;

    /// <summary>One "now" per turn or sweep, so every decision and stamp in it agrees.</summary>
    public DateTimeOffset Now => _now ??= time.GetUtcNow();

    private DateTimeOffset? _now;

    public async Task<ActionItemClock> ClockAsync(CancellationToken cancellationToken) =>
        _clock ??= ActionItemClock.For(await JurisdictionAsync(cancellationToken), Now);

    public Task<Core.Organisation.Jurisdiction?> JurisdictionAsync(CancellationToken cancellationToken) =>
        db.Jurisdictions.AsNoTracking().OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken);
}
