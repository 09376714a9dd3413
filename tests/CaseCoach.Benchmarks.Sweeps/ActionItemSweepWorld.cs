using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseCoach.Bot.Hosting;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseCoach.Benchmarks.Sweeps;

/// <summary>
/// 1,000,000 action items in 250,000 sessions over 20,000 cases, on the bot's own services (real notifier, mailer and
/// outbox) and a SQLite file kept in the temp folder between runs. At <see cref="Now"/> (Friday 4 December 2026,
/// 17:30 New York) 1 % owe a notice: 4,000 a reminder (due Monday), 3,000 the overdue notice (due today), 3,000 the
/// escalation (due Thursday, overdue notice and email already sent). Also open: 20,000 items overdue since
/// October and November with every notice sent (settled: outside the sweep's index range) and 70,000 due later; the
/// other 900,000 are verified, each with its reminder on file.
/// </summary>
internal sealed class ActionItemSweepWorld : IDisposable
{
    public const int Items = 1_000_000, ItemsPerSession = 4, Cases = 20_000, Due = 10_000;
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 17, 30, 0, TimeSpan.FromHours(-5));
    private const int Sessions = Items / ItemsPerSession, DueSessions = Due / ItemsPerSession, Lingering = 5_000, Future = 17_500;
    /// <summary>The due rows' dates (escalation, overdue notice, reminder), as stored.</summary>
    private const string FirstDue = "2026-12-03", LastDue = "2026-12-07";
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "casecoach-bench-sweeps-v3");
    private static readonly string SeededFile = Path.Combine(Folder, "seeded.json");

    private readonly WebApplication _app;

    public ActionItemSweepWorld()
    {
        Directory.CreateDirectory(Folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Folder"] = Folder,
            ["Database:Provider"] = "Sqlite",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddCaseCoach();
        _app = builder.Build();
        Seed();
        Reset();
    }

    public IServiceProvider Services => _app.Services;

    public string ConnectionString
    {
        get
        {
            using var scope = Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().Database.GetConnectionString()!;
        }
    }

    /// <summary>Deletes every row a sweep run added (rowids above the seed's) and restores the markers it cleared, so each run starts from the seeded day.</summary>
    public void Reset()
    {
        var seeded = SeededRowIds();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var (table, max) in seeded)
            SqliteRows.Execute(connection, transaction, $"DELETE FROM \"{table}\" WHERE rowid > {max}");
        // A run also settles the items it escalated (marker cleared in place): set again, as seeded.
        SqliteRows.Execute(connection, transaction,
            $"UPDATE ActionItem SET NoticesPendingFor = DueOn WHERE Status = 'Open' AND NoticesPendingFor IS NULL AND DueOn >= '{FirstDue}'");
        transaction.Commit();
    }

    /// <summary>The floor: a raw SELECT of the due rows (id, session, due date) by the (Status, DueOn, Id) index.</summary>
    public static int ReadDueRows(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id, CoachingRecordId, DueOn FROM ActionItem WHERE Status = 'Open' AND DueOn >= '{FirstDue}' AND DueOn <= '{LastDue}'";
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = (reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateOnly>(2));
            rows++;
        }
        return rows == Due ? rows : throw new InvalidOperationException($"{rows} due rows: the seed is wrong.");
    }

    /// <summary>
    /// The write floor: the rows the last run added, set aside, deleted and inserted again with one INSERT ... SELECT
    /// per table in one durable commit, through every index. What the sweep's writes cost with no work around them
    /// (no reading, rendering, savepoints or per-batch commits); the table is as the run left it afterwards.
    /// </summary>
    public TimeSpan RewriteAddedRows()
    {
        var seeded = SeededRowIds();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        var added = seeded.Where(t => SqliteRows.Scalar(connection, $"SELECT count(*) FROM \"{t.Key}\" WHERE rowid > {t.Value}") > 0).ToList();
        foreach (var (table, max) in added)
            SqliteRows.Execute(connection, null, $"CREATE TEMP TABLE \"copy_{table}\" AS SELECT * FROM \"{table}\" WHERE rowid > {max}; DELETE FROM \"{table}\" WHERE rowid > {max}");
        var watch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var (table, _) in added)
                SqliteRows.Execute(connection, transaction, $"INSERT INTO \"{table}\" SELECT * FROM temp.\"copy_{table}\"");
            transaction.Commit();
        }
        var elapsed = watch.Elapsed;
        foreach (var (table, _) in added)
            SqliteRows.Execute(connection, null, $"DROP TABLE temp.\"copy_{table}\"");
        return elapsed;
    }

    /// <summary>Each table's highest rowid once seeded: what a run added is above it.</summary>
    private static Dictionary<string, long> SeededRowIds() =>
        JsonSerializer.Deserialize<Dictionary<string, long>>(File.ReadAllText(SeededFile))!;

    /// <summary>Rows a sweep run added to <paramref name="table"/>.</summary>
    public long Added(string table)
    {
        var seeded = SeededRowIds();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return SqliteRows.Scalar(connection, $"SELECT count(*) FROM \"{table}\" WHERE rowid > {seeded[table]}");
    }

    private void Seed()
    {
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
            new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (File.Exists(SeededFile)) return;
            if (db.Set<ActionItem>().Any()) throw new InvalidOperationException($"Delete {Folder}: a half-seeded file.");
            SeedTemplate(db, out var caseIds, out var ownerIds, out var reviewerIds);
            CopyRows(db.Database.GetConnectionString()!, caseIds, ownerIds, reviewerIds);
        }
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        File.WriteAllText(SeededFile, JsonSerializer.Serialize(tables.ToDictionary(t => t, t => SqliteRows.Scalar(connection, $"SELECT coalesce(max(rowid), 0) FROM \"{t}\""))));
    }

    private static void SeedTemplate(CaseCoachDbContext db, out List<long> caseIds, out List<long> ownerIds, out List<long> reviewerIds)
    {
        const string zone = "America/New_York";
        db.Jurisdictions.Add(Jurisdiction.Create("bench", "Bench County", zone, new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency));
        var units = Enumerable.Range(1, 8).Select(i => db.Units.Add(Unit.Create($"Unit {i}")).Entity).ToList();
        Person Make(string id, string name, Role role, Unit unit, Person? boss = null)
        {
            var person = Person.Create(id, $"{id}@bench.example", name, role.ToString(), role, zone);
            person.JoinUnit(unit);
            if (boss is not null) person.ReportTo(boss);
            db.People.Add(person);
            return person;
        }
        var quality = Make("aad-doq", "Director of Quality", Role.DirectorOfQuality, units[0]);
        Make("aad-qas", "QA Supervisor", Role.QaSupervisor, units[0], quality);
        var reviewers = Enumerable.Range(1, 10).Select(i => Make($"aad-rev{i}", $"Reviewer {i}", Role.Reviewer, units[0], quality)).ToList();
        var directors = units.Select((u, i) => Make($"aad-pd{i}", $"Program Director {i}", Role.ProgramDirector, u)).ToList();
        var supervisors = units.Select((u, i) => Make($"aad-sup{i}", $"Supervisor {i}", Role.Supervisor, u, directors[i])).ToList();
        var workers = Enumerable.Range(0, 200).Select(i => Make($"aad-cw{i}", $"Worker {i}", Role.Caseworker, units[i % 8], supervisors[i % 8])).ToList();
        var cases = Enumerable.Range(0, Cases).Select(i => Case.Open($"B-{i}", $"Family {i}", units[i % 8 % 8], workers[i % 200], supervisors[i % 200 % 8], new DateOnly(2025, 1, 1))).ToList();
        db.Cases.AddRange(cases);
        db.SaveChanges();

        var agreed = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);
        var record = CoachingRecord.Document(cases[0].Id, null, reviewers[0].Id, new DateOnly(2026, 11, 2),
            [new CoachingAttendee(workers[0].Id, workers[0].Name, workers[0].Title), new CoachingAttendee(reviewers[0].Id, reviewers[0].Name, reviewers[0].Title)],
            "Safety plan out of date.", [], new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4), agreed);
        db.Add(record);
        db.Add(ActionItem.Agree(record.Id, cases[0].Id, "Update the safety plan with the family", workers[0].Id, new DateOnly(2026, 12, 1), false, new DateOnly(2026, 11, 2), agreed));
        db.SaveChanges();
        caseIds = cases.Select(c => c.Id).ToList();
        ownerIds = cases.Select(c => c.CaseworkerId).ToList();
        reviewerIds = reviewers.Select(r => r.Id).ToList();
    }

    /// <summary>The sessions, items and sent notices, copied from the template rows in one transaction.</summary>
    private static void CopyRows(string connectionString, List<long> caseIds, List<long> ownerIds, List<long> reviewerIds)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var recordRow = SqliteRows.Scalar(connection, "SELECT rowid FROM CoachingRecord");
        var itemRow = SqliteRows.Scalar(connection, "SELECT rowid FROM ActionItem");
        using var records = SqliteRows.CopyOf(connection, transaction, "CoachingRecord", recordRow, "Id", "CaseId", "ReviewerId");
        using var items = SqliteRows.CopyOf(connection, transaction, "ActionItem", itemRow, "Id", "CoachingRecordId", "CaseId", "OwnerId", "DueOn", "OriginalDueOn", "Status", "NoticesPendingFor");
        using var notices = SqliteRows.Insert(connection, transaction, "ActionItemNotice", "Key", "ActionItemId", "Kind", "DueOn", "SentAt");
        var templateRecord = ReadText(connection, transaction, $"SELECT Id FROM CoachingRecord WHERE rowid = {recordRow}");
        var upper = templateRecord.Any(char.IsUpper);
        string Text(Guid id) => upper ? id.ToString().ToUpperInvariant() : id.ToString();
        var sentAt = Now.AddDays(-1).UtcTicks;
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var s = 0; s < Sessions; s++)
        {
            var (status, dueOn, sent) = Category(s);
            var sessionId = s == 0 ? Guid.Parse(templateRecord) : Guid.CreateVersion7(start.AddSeconds(s * 4));
            var caseIndex = s % Cases;
            if (s > 0) records.Add(Text(sessionId), caseIds[caseIndex], reviewerIds[s % reviewerIds.Count]);
            for (var k = 0; k < ItemsPerSession; k++)
            {
                var itemId = Guid.CreateVersion7(start.AddSeconds(s * 4 + k));
                var due = dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                // As the sweep leaves them: settled (no marker) once the overdue notice, email and escalation are sent.
                object pending = sent.Length == 4 ? DBNull.Value : due;
                items.Add(Text(itemId), Text(sessionId), caseIds[caseIndex], ownerIds[caseIndex], due, due, status, pending);
                foreach (var kind in sent)
                    notices.Add(OverduePlan.Key(kind, itemId, dueOn), Text(itemId), kind.ToString(), due, sentAt);
            }
        }
        using (var drop = connection.CreateCommand())
        {
            drop.Transaction = transaction;
            drop.CommandText = $"DELETE FROM ActionItem WHERE rowid = {itemRow}";
            drop.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static (string Status, DateOnly DueOn, NoticeKind[] Sent) Category(int session)
    {
        NoticeKind[] all = [NoticeKind.Reminder, NoticeKind.Overdue, NoticeKind.OverdueEmail, NoticeKind.Escalation];
        if (session < DueSessions)
            return (session % 10) switch
            {
                < 4 => ("Open", new DateOnly(2026, 12, 7), []),
                < 7 => ("Open", new DateOnly(2026, 12, 4), [NoticeKind.Reminder]),
                _ => ("Open", new DateOnly(2026, 12, 3), [NoticeKind.Reminder, NoticeKind.Overdue, NoticeKind.OverdueEmail]),
            };
        if (session < DueSessions + Lingering) return ("Open", new DateOnly(2026, 10, 1).AddDays(session % 60), all);
        if (session < DueSessions + Lingering + Future) return ("Open", new DateOnly(2026, 12, 8).AddDays(session % 55), []);
        return ("Verified", new DateOnly(2025, 1, 1).AddDays(session % 700), [NoticeKind.Reminder]);
    }

    private static string ReadText(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
