using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Import.People;

/// <summary>
/// Imports people.csv: upserts by aadObjectId, one transaction per row, unknown units created. Supervisors
/// may appear anywhere in the file, so rows are validated first and written supervisors-first.
/// </summary>
public sealed class PeopleImporter(CaseCoachDbContext db, ILogger<PeopleImporter> logger)
{
    private const string Kind = "people";

    /// <exception cref="ImportFileException">The header is not the documented one; nothing was written.</exception>
    public async Task<ImportSummary> ImportAsync(
        TextReader csv, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = CsvTable.Read(csv, Kind, PersonRow.Columns, PersonRow.OptionalColumns);
        Log.ImportStarted(logger, Kind, lines.Count);
        var tally = new ImportTally(Kind, lines.Count, progress, logger);
        // One connection for the whole file rather than one per row's transaction (the context closes it).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var known = await KnownRecords.LoadAsync(db, cancellationToken);
        var writer = new RowWriter(db, Kind, tally, logger);

        // Pass one: each row on its own, and no two rows for the same person.
        var parsed = new List<PersonRow>();
        var byAadObjectId = new Dictionary<string, PersonRow>(StringComparer.OrdinalIgnoreCase);
        var byEmail = new Dictionary<string, PersonRow>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var (row, error) = PersonRow.Parse(line);
            if (row is null)
                tally.Reject(error!);
            else if (byAadObjectId.TryGetValue(row.AadObjectId, out var first))
                tally.Reject(new RowError(row.Line, $"aadObjectId on line {row.Line} repeats line {first.Line}"));
            else if (byEmail.TryGetValue(row.Email, out first))
                tally.Reject(new RowError(row.Line, $"email on line {row.Line} repeats line {first.Line}"));
            else
            {
                parsed.Add(row);
                byAadObjectId[row.AadObjectId] = row;
                byEmail[row.Email] = row;
            }
        }

        // Pass two: a supervisor may be declared anywhere in the file, or already be in the database.
        var valid = new List<PersonRow>();
        foreach (var row in parsed)
        {
            if (row.SupervisorEmail is { } boss && !byEmail.ContainsKey(boss) && !known.PersonByEmail.ContainsKey(boss))
                tally.Reject(NoSupervisor(row));
            else
                valid.Add(row);
        }

        var validByEmail = valid.ToDictionary(r => r.Email, StringComparer.Ordinal);
        var cycles = new List<RowError>();
        var ordered = ReportingOrder.Sort(valid, validByEmail, cycles);
        cycles.ForEach(tally.Reject);

        var written = new Dictionary<PersonRow, long>();
        foreach (var row in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problem = Conflict(row, known, byEmail, written, out var supervisorId);
            if (problem is not null)
            {
                tally.Reject(new RowError(row.Line, problem));
                continue;
            }

            Unit? createdUnit = null;
            var saved = await writer.WriteOrRejectAsync(row.Line, async ct =>
            {
                var (person, unit) = await ApplyAsync(row, known, supervisorId, ct);
                createdUnit = unit;
                return person;
            }, p => p.Id, cancellationToken);
            if (saved is not { } id) continue;
            if (createdUnit is not null)
                known.UnitByName[createdUnit.Name] = createdUnit.Id;
            known.PersonSaved(row.AadObjectId, row.Email, id);
            written[row] = id;
        }

        return tally.Finish();
    }

    private static RowError NoSupervisor(PersonRow row) =>
        new(row.Line, $"supervisorEmail on line {row.Line} names no person in the file or database");

    /// <summary>Checks that need the rows written so far: email ownership and the supervisor's fate.</summary>
    private static string? Conflict(
        PersonRow row, KnownRecords known, IReadOnlyDictionary<string, PersonRow> byEmail,
        IReadOnlyDictionary<PersonRow, long> written, out long? supervisorId)
    {
        supervisorId = null;
        if (known.PersonByEmail.TryGetValue(row.Email, out var owner)
            && !string.Equals(owner.AadObjectId, row.AadObjectId, StringComparison.OrdinalIgnoreCase))
            return $"email on line {row.Line} already belongs to another person in the database";

        if (row.SupervisorEmail is not { } email)
            return null;
        if (byEmail.TryGetValue(email, out var supervisorRow) && written.TryGetValue(supervisorRow, out var id))
            supervisorId = id;
        else if (known.PersonByEmail.TryGetValue(email, out var stored))
            supervisorId = stored.Id;
        else if (supervisorRow is not null)
            return $"supervisorEmail on line {row.Line} names the person on line {supervisorRow.Line}, whose row was rejected";
        else
            return NoSupervisor(row).Reason;
        return null;
    }

    private async Task<(Person Person, Unit? CreatedUnit)> ApplyAsync(
        PersonRow row, KnownRecords known, long? supervisorId, CancellationToken cancellationToken)
    {
        Person person;
        if (known.PersonIdByAadObjectId.TryGetValue(row.AadObjectId, out var id))
        {
            person = await db.People.SingleAsync(p => p.Id == id, cancellationToken);
            person.UpdateProfile(row.Email, row.Name, row.Title, row.TimeZone);
            person.AssignRole(row.Role);
        }
        else
        {
            person = Person.Create(row.AadObjectId, row.Email, row.Name, row.Title, row.Role, row.TimeZone);
            db.People.Add(person);
        }

        // R25: an empty field leaves what is stored.
        if (row.ReviewerSince is not null || row.SeniorReviewer is not null)
            person.SetReviewerStanding(row.ReviewerSince ?? person.ReviewerSince, row.SeniorReviewer ?? person.IsSeniorReviewer);
        var (unit, created) = await known.UnitAsync(db, row.Unit, cancellationToken);
        person.JoinUnit(unit);
        if (supervisorId is { } bossId)
            person.ReportTo(await db.People.SingleAsync(p => p.Id == bossId, cancellationToken));
        else
            person.StopReportingToSupervisor();
        return (person, created ? unit : null);
    }
}
