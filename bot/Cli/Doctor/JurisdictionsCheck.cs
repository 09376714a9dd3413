using System.Data.Common;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation.Setup;
using CaseCoach.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>
/// Instruments:Folder and the Jurisdictions section: the same validation as start-up, then each jurisdiction's
/// effective settings, and (for an existing SQLite database) the stored units no configured jurisdiction serves.
/// </summary>
public sealed class JurisdictionsCheck : IDoctorCheck
{
    public const string Folder = "Instruments:Folder";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var (catalog, problem) = LoadInstruments(context.Value(Folder));
        if (problem is not null) yield return DoctorFinding.Wrong(Folder, problem);
        else if (context.Value(Folder) is not null) yield return DoctorFinding.Ok(Folder, $"instruments: {string.Join(", ", catalog.Keys.Order())}");

        var options = new JurisdictionsOptions();
        JurisdictionsBinding.Bind(options, context.Configuration);
        var result = new JurisdictionsOptionsValidator(catalog).Validate(null, options);
        foreach (var failure in result.Failures ?? [])
            yield return DoctorFinding.Wrong(KeyOf(failure), failure);
        if (options.Jurisdictions.Count == 0)
        {
            const string how = "set Jurisdictions__0__Key, __Name, __TimeZone, __Instrument and __Units__0 (see README)";
            yield return context.IsDevelopment
                ? DoctorFinding.Ok(JurisdictionsOptions.SectionName, $"none configured (the demo one needs Demo:Seed=true): no review will be assigned; {how}")
                : DoctorFinding.Missing(JurisdictionsOptions.SectionName, $"no jurisdiction is configured, so no review is ever assigned; {how}");
            yield break;
        }
        foreach (var j in options.Jurisdictions)
        {
            yield return DoctorFinding.Ok(j.ConfigurationPath,
                $"{j.Key} ({j.Name}): time zone {j.TimeZone}, close of business {j.CloseOfBusiness}, instrument {j.Instrument}, " +
                $"{j.Holidays.Count} holiday(s), designated recipients [{string.Join(", ", j.DesignatedRecipients)}], " +
                $"escalation contacts [{string.Join(", ", j.EscalationContacts)}], tentative hold {(j.PlaceTentativeHold ? "yes" : "no")}, " +
                $"units [{(j.Units.Count == 0 && options.Jurisdictions.Count == 1 ? "every unit" : string.Join(", ", j.Units))}], " +
                $"reviewer capacity {j.ReviewerCapacity}, alternate reviewer every {j.AlternateReviewerEvery} re-review(s)");
        }
        if (UnservedUnits(context, options) is { Count: > 0 } unserved)
            yield return DoctorFinding.Wrong($"{JurisdictionsOptions.SectionName}:N:Units",
                $"stored units no jurisdiction serves (their cases are never reviewed): {string.Join(", ", unserved)}");
    }

    private static (InstrumentCatalog Catalog, string? Problem) LoadInstruments(string? folder)
    {
        try { return (InstrumentsOptions.Load(folder), null); }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return (InstrumentCatalog.LoadEmbedded(), e.Message);
        }
    }

    private static string KeyOf(string failure)
    {
        var start = failure.IndexOf(JurisdictionsOptions.SectionName, StringComparison.Ordinal);
        if (start < 0) return JurisdictionsOptions.SectionName;
        var end = failure.IndexOf(' ', start);
        return failure[start..(end < 0 ? failure.Length : end)];
    }

    /// <summary>Only an existing SQLite file is read; a server database is not contacted from doctor.</summary>
    private static List<string> UnservedUnits(DoctorContext context, JurisdictionsOptions options)
    {
        if (context.Choice("Database:Provider", "Sqlite", "Sqlite") is null) return [];
        var path = Path.Combine(Path.GetFullPath(context.Value(DatabaseOptions.DataFolderKey) ?? "./data"), DatabaseOptions.SqliteFileName);
        if (!File.Exists(path)) return [];
        var servesAll = options.Jurisdictions is [{ Units.Count: 0 }];
        var claimed = options.Jurisdictions.SelectMany(j => j.Units).Select(u => u.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Name FROM Units ORDER BY Name";
            using var reader = command.ExecuteReader();
            var unserved = new List<string>();
            while (reader.Read() && unserved.Count < 100)
                if (!servesAll && !claimed.Contains(reader.GetString(0))) unserved.Add(reader.GetString(0));
            return unserved;
        }
        catch (DbException)
        {
            return []; // not migrated yet, or locked: nothing to report
        }
    }
}
