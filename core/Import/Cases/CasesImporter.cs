using CaseCoach.Core.Cases;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Import.Cases;

/// <summary>
/// Imports the prediction listing (R1): upserts cases by caseId, one transaction per row. Caseworker and
/// supervisor must already be people (import people first); unknown units are created. Cases missing
/// from the listing are left as they are: the listing ranks cases, it does not close them.
/// </summary>
public sealed class CasesImporter(CaseCoachDbContext db, TimeProvider timeProvider, ILogger<CasesImporter> logger)
{
    private const string Kind = "cases";

    /// <exception cref="ImportFileException">The header is not the documented one; nothing was written.</exception>
    public async Task<ImportSummary> ImportAsync(
        TextReader csv, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = CsvTable.Read(csv, Kind, CaseRow.Columns, CaseRow.OptionalColumns);
        Log.ImportStarted(logger, Kind, lines.Count);
        var tally = new ImportTally(Kind, lines.Count, progress, logger);
        // One connection for the whole file rather than one per row's transaction (the context closes it).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var known = await KnownRecords.LoadAsync(db, cancellationToken);
        var served = await ServedUnits.LoadAsync(db, cancellationToken);
        var openBefore = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open).Select(c => c.ExternalCaseId).ToListAsync(cancellationToken);
        var writer = new RowWriter(db, Kind, tally, logger);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (row, error) = CaseRow.Parse(line);
            error ??= Problem(row!, known, seen) ?? served.Problem(row!.Line, row.Unit);
            if (error is not null)
            {
                tally.Reject(error);
                continue;
            }

            seen[row!.CaseId] = row.Line;
            Organisation.Unit? createdUnit = null;
            var saved = await writer.WriteOrRejectAsync(row.Line, async ct =>
            {
                var (opened, unit) = await ApplyAsync(row, known, ct);
                createdUnit = unit;
                return opened;
            }, c => c.Id, cancellationToken);
            if (saved is not { } id) continue;
            if (createdUnit is not null)
                known.UnitByName[createdUnit.Name] = createdUnit.Id;
            known.CaseIdByExternalId[row.CaseId] = id;
        }

        return tally.Finish() with { NotInListing = openBefore.Count(id => !seen.ContainsKey(id)) };
    }

    private static RowError? Problem(CaseRow row, KnownRecords known, Dictionary<string, int> seen)
    {
        var problems = new List<string>();
        if (seen.TryGetValue(row.CaseId, out var first))
            problems.Add($"caseId on line {row.Line} repeats line {first}");
        if (!known.PersonByEmail.ContainsKey(row.CaseworkerEmail))
            problems.Add($"caseworkerEmail on line {row.Line} names no person in the database; import people first");
        if (!known.PersonByEmail.ContainsKey(row.SupervisorEmail))
            problems.Add($"supervisorEmail on line {row.Line} names no person in the database; import people first");
        return problems.Count == 0 ? null : new RowError(row.Line, string.Join("; ", problems));
    }

    private async Task<(Case Case, Organisation.Unit? CreatedUnit)> ApplyAsync(
        CaseRow row, KnownRecords known, CancellationToken cancellationToken)
    {
        var (unit, created) = await known.UnitAsync(db, row.Unit, cancellationToken);
        var caseworkerId = known.PersonByEmail[row.CaseworkerEmail].Id;
        var supervisorId = known.PersonByEmail[row.SupervisorEmail].Id;
        var caseworker = await db.People.SingleAsync(p => p.Id == caseworkerId, cancellationToken);
        var supervisor = await db.People.SingleAsync(p => p.Id == supervisorId, cancellationToken);

        Case listed;
        if (known.CaseIdByExternalId.TryGetValue(row.CaseId, out var id))
        {
            listed = await db.Cases.Include(c => c.Children).SingleAsync(c => c.Id == id, cancellationToken);
            listed.Rename(row.CaseName);
            listed.MoveToUnit(unit);
            listed.CorrectOpenedOn(row.OpenedOn);
            listed.Reassign(caseworker, supervisor);
        }
        else
        {
            listed = Case.Open(row.CaseId, row.CaseName, unit, caseworker, supervisor, row.OpenedOn);
            listed.MarkListed(DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime));
            db.Cases.Add(listed);
        }

        // R2: the listing's stop-rule facts; an empty field leaves what is stored (the case CLI verb may have set it).
        if (row.Status == CaseStatus.Closed) listed.Close();
        else if (row.Status == CaseStatus.Open) listed.Reopen();
        if (row.GoalChangedOn is { } goal) listed.RecordGoalChange(goal);
        if (row.ChildrenRemovedOn is { } removed) listed.RecordRemoval(removed);
        if (row.PriorReports is { } reports) listed.RecordPriorReports(reports);

        listed.Rescore(row.Score, row.RiskFactors);
        listed.ReplaceChildren(row.ChildrenBirthDates);
        return (listed, created ? unit : null);
    }
}
