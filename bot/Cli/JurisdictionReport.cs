using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Cli;

/// <summary>After an import: which jurisdictions take new work, and which stored units none serves (their cases are never reviewed).</summary>
internal static class JurisdictionReport
{
    public static async Task WriteAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CaseCoachDbContext>();
        var active = await db.Jurisdictions.AsNoTracking().Where(j => j.TakesNewWork).OrderBy(j => j.Key).Select(j => j.Key).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            await output.WriteLineAsync("No jurisdiction is configured: no review will be assigned. Add one to the Jurisdictions section (see README).");
            return;
        }
        await output.WriteLineAsync($"Jurisdictions taking new work: {string.Join(", ", active)}.");
        var unserved = await UnitCoverage.UnservedUnitsAsync(db, cancellationToken);
        if (unserved.Count > 0)
            await output.WriteLineAsync($"Units no jurisdiction serves: {string.Join(", ", unserved)}. List them under Jurisdictions:N:Units.");
    }
}
