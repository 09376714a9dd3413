using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// The hand-off clocks' sweep (R7, R8, R13, R16, R20, R24, R27): for every step still waiting past its deadline, the
/// holders are nudged and the breach is a fidelity event with its due and actual dates; a business day later the QA
/// supervisor is told. Each stage of each hand-off commits on its own; its unique alert key makes a repeat run, or
/// another instance that got there first, fail that commit with a unique violation, which alone counts as done.
/// </summary>
public sealed class NudgeStalledHandOffs(
    CaseCoachDbContext db, ActionItemCalendar calendar, IEnumerable<IHandOffClock> clocks, INotifier notifier, ILogger<NudgeStalledHandOffs> logger)
{
    /// <returns>How many stages fired in this run.</returns>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var context = new HandOffContext(await calendar.ClockAsync(now, cancellationToken));
        var fired = 0;
        foreach (var clock in clocks)
        {
            var due = (await clock.WaitingAsync(context, cancellationToken))
                .SelectMany(h => context.StagesDue(h).Select(stage => (Stage: stage, HandOff: h, Key: HandOffAlert.KeyFor(stage, h)))).ToList();
            var keys = due.Select(d => d.Key).ToList();
            var done = (await InChunks.LoadAsync(keys, (chunk, ct) => db.Set<HandOffAlert>().Where(a => chunk.Contains(a.Key)).Select(a => a.Key).ToListAsync(ct), cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (stage, handOff, _) in due.Where(d => !done.Contains(d.Key)))
                if (await FireAsync(stage, handOff, context, cancellationToken)) fired++;
        }
        return fired;
    }

    private async Task<bool> FireAsync(HandOffStage stage, StalledHandOff handOff, HandOffContext context, CancellationToken cancellationToken)
    {
        try
        {
            db.Add(HandOffAlert.Fired(stage, handOff, context.Now));
            if (stage == HandOffStage.Nudge)
                db.Add(FidelityEvent.Breach(FidelityEventKinds.HandOffLate(handOff.Step.Name()), handOff.Case.Id, handOff.DueAt,
                    context.DueDay(handOff.DueAt), context.Now, handOff.ReviewId, handOff.CoachingRecordId, handOff.ActionItemId));
            var recipients = stage == HandOffStage.Nudge ? handOff.Holders : [handOff.QaSupervisor!];
            var cause = StalledHandOffNotice.CauseOf(stage, handOff);
            foreach (var person in recipients.DistinctBy(p => p.Id))
                await notifier.NotifyAsync(new StalledHandOffNotice(person, cause, stage, handOff), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Log.StageFired(logger, handOff.Step.Name(), stage.Name());
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            Log.StageAlreadyFired(logger, handOff.Step.Name(), stage.Name());
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
