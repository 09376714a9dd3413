using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>The QA supervisor's assessment of the boxes no event pre-fills, for one completed review.</summary>
public sealed record TickFidelityBoxesCommand(ReportViewer Viewer, long ReviewId, IReadOnlyDictionary<string, bool> Ticks);

public sealed record TickedBoxes(long ReviewId, int Changed);

/// <summary>
/// R24: stores the ticks (one row per review and box). Only the QA supervisor of the review's jurisdiction ticks;
/// only boxes without a pre-fill can be ticked, so an event's record is never overwritten by hand.
/// </summary>
public sealed class TickFidelityBoxes(CaseCoachDbContext db, FidelityTool tool, TimeProvider clock)
{
    public async Task<Result<TickedBoxes>> HandleAsync(TickFidelityBoxesCommand command, CancellationToken cancellationToken)
    {
        if (command.Viewer.Person.Role != Role.QaSupervisor)
            return Result<TickedBoxes>.Refused(RefusalCode.NotAllowed, "fidelity-qa-supervisor-only");
        var tickable = tool.Items.SelectMany(i => i.Boxes).Where(b => b.Prefill is null).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        if (command.Ticks.Keys.FirstOrDefault(k => !tickable.Contains(k)) is { } unknown)
            return Result<TickedBoxes>.Refused(RefusalCode.Invalid, "fidelity-box-unknown", unknown);

        var found = await db.Reviews.AnyAsync(r => r.Id == command.ReviewId && r.JurisdictionId == command.Viewer.Jurisdiction.Id && r.CompletedAt != null, cancellationToken);
        if (!found) return Result<TickedBoxes>.Refused(RefusalCode.NotFound, "fidelity-review-not-found");

        var now = clock.GetUtcNow();
        var stored = await db.Set<FidelityTick>().Where(t => t.ReviewId == command.ReviewId).ToDictionaryAsync(t => t.BoxId, cancellationToken);
        var changed = 0;
        foreach (var (box, holds) in command.Ticks)
        {
            if (stored.TryGetValue(box, out var tick)) { if (tick.Change(holds, command.Viewer.Person, now)) changed++; }
            else { db.Add(FidelityTick.Record(command.ReviewId, box, holds, command.Viewer.Person, now)); changed++; }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone saved the same review's ticks at the same moment: theirs stand, ask to look again.
            return Result<TickedBoxes>.Refused(RefusalCode.Conflict, "fidelity-ticked-meanwhile");
        }
        return Result<TickedBoxes>.Done(new TickedBoxes(command.ReviewId, changed));
    }
}
