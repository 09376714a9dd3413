using BenchmarkDotNet.Attributes;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Benchmarks;

/// <summary>
/// R26: the quarterly report (the quarter, the four-quarter trend over twelve months of grouped facts, pairings and
/// jump flags) for a whole jurisdiction over 100,000 completed reviews x 9 questions spread over 2026, on SQLite.
/// The file is seeded once (one review through the domain, then copied in SQL with varied case, reviewer, date and
/// answers) and kept in the temp folder for later runs. Target: under 1 s per report.
/// Run: dotnet run -c Release --project tests/CaseCoach.Benchmarks -- --filter '*Quarterly*' --job short
/// </summary>
[MemoryDiagnoser]
public class QuarterlyReportBenchmark
{
    public const int Reviews = 100_000;
    private const int Cases = 400, Reviewers = 10;
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "casecoach-bench-quarterly-v1");
    private static readonly Instrument Instrument = InstrumentCatalog.LoadEmbedded().Get(InstrumentCatalog.SustainablePermanency);

    private CaseCoachDbContextFactory _factory = null!;
    private InstrumentCatalog _instruments = null!;
    private ReportViewer _viewer = null!;
    private readonly ReportPeriod _quarter = ReportPeriod.Quarter(2026, 4);

    [GlobalSetup]
    public void Setup()
    {
        _factory = new CaseCoachDbContextFactory(Options.Create(new DatabaseOptions { DataFolder = Folder, Provider = "Sqlite" }));
        _instruments = InstrumentCatalog.LoadEmbedded();
        SeedAsync().GetAwaiter().GetResult();
        using var db = _factory.CreateDbContext();
        var director = db.People.AsNoTracking().Single(p => p.Role == Role.DirectorOfQuality);
        var jurisdiction = db.Jurisdictions.AsNoTracking().Single();
        _viewer = new ReportViewer(director, jurisdiction, ReportScope.Jurisdiction(jurisdiction.Id));
    }

    [Benchmark]
    public async Task<QuarterlyReport> QuarterlyReport()
    {
        await using var db = _factory.CreateDbContext();
        var report = await new QuarterlyReportQuery(db, new ReviewFacts(db), _instruments).RunAsync(_viewer, _quarter, CancellationToken.None);
        if (report.Facts.Reviews < Reviews / 5) throw new InvalidOperationException($"Only {report.Facts.Reviews} reviews in {_quarter.Label}: the seed is wrong.");
        return report;
    }

    private async Task SeedAsync()
    {
        await using (var db = _factory.CreateDbContext())
        {
            await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
            if (await db.Reviews.CountAsync() >= Reviews) return;
            if (await db.Reviews.AnyAsync()) throw new InvalidOperationException($"Delete {Folder}: a half-seeded file.");

            const string zone = "America/New_York";
            var jurisdiction = Jurisdiction.Create("bench", "Bench County", zone, new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency);
            db.Jurisdictions.Add(jurisdiction);
            Person Make(string id, string name, Role role, Unit unit)
            {
                var person = Person.Create(id, $"{id}@bench.example", name, role.ToString(), role, zone);
                person.JoinUnit(unit);
                db.People.Add(person);
                return person;
            }
            var units = Enumerable.Range(1, 8).Select(i => db.Units.Add(Unit.Create($"Unit {i}")).Entity).ToList();
            Make("aad-doq", "Director", Role.DirectorOfQuality, units[0]);
            var qa = Make("aad-qas", "QA Supervisor", Role.QaSupervisor, units[0]);
            var reviewers = Enumerable.Range(1, Reviewers).Select(i => Make($"aad-rev{i}", $"Reviewer {i}", Role.Reviewer, units[0])).ToList();
            var supervisors = units.Select((u, i) => Make($"aad-sup{i}", $"Supervisor {i}", Role.Supervisor, u)).ToList();
            var workers = Enumerable.Range(0, 40).Select(i => Make($"aad-cw{i}", $"Worker {i}", Role.Caseworker, units[i % 8])).ToList();
            var cases = Enumerable.Range(0, Cases).Select(i => Case.Open($"B-{i}", $"Family {i}", units[i % 8], workers[i % 40], supervisors[i % 8], new DateOnly(2025, 1, 1))).ToList();
            db.Cases.AddRange(cases);
            await db.SaveChangesAsync();

            var completed = new DateTimeOffset(2026, 1, 2, 15, 0, 0, TimeSpan.Zero);
            var review = Review.Schedule(cases[0], reviewers[0], jurisdiction, Instrument, new DateOnly(2025, 12, 31));
            db.Reviews.Add(review);
            review.Start(reviewers[0], Instrument, completed.AddDays(-1));
            var entered = Instrument.Questions.ToDictionary(q => q.Id, _ => new EnteredAnswer("yes", ""));
            if (!review.Submit(reviewers[0], Instrument, new SurveyEntry(entered, "Strengths.", ""), completed).IsValid)
                throw new InvalidOperationException("The template review did not submit.");
            review.Decide(qa, false, false, completed.AddHours(2));
            await db.SaveChangesAsync();

            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await CopyAsync(connection, review.Id, cases.Select(c => c.Id).ToList(), reviewers.Select(r => r.Id).ToList());
            await transaction.CommitAsync();
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Reviews - 1 copies of the template review and its answers: case n % 400, reviewer n % 10, completed evenly over 2026.</summary>
    private static async Task CopyAsync(SqliteConnection connection, long template, IReadOnlyList<long> cases, IReadOnlyList<long> reviewers)
    {
        async Task Run(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$t", template);
            await command.ExecuteNonQueryAsync();
        }
        async Task<List<string>> Columns(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            var names = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
            return names;
        }

        await Run("CREATE TEMP TABLE cmap(k INTEGER PRIMARY KEY, id INTEGER); CREATE TEMP TABLE rmap(k INTEGER PRIMARY KEY, id INTEGER)");
        await Run("INSERT INTO cmap VALUES " + string.Join(",", cases.Select((id, k) => $"({k},{id})")));
        await Run("INSERT INTO rmap VALUES " + string.Join(",", reviewers.Select((id, k) => $"({k},{id})")));
        var start = new DateTimeOffset(2026, 1, 1, 14, 0, 0, TimeSpan.Zero).UtcTicks;
        var step = (new DateTimeOffset(2026, 12, 31, 14, 0, 0, TimeSpan.Zero).UtcTicks - start) / Reviews;
        var substitutes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Id"] = "t.Id + s.n",
            ["Key"] = "t.Key || '-' || s.n",
            ["CaseId"] = $"(SELECT id FROM cmap WHERE k = s.n % {Cases})",
            ["ReviewerId"] = $"(SELECT id FROM rmap WHERE k = s.n % {Reviewers})",
            ["DueOn"] = $"date('2026-01-01', '+' || (s.n / {Cases}) || ' days')",
            ["CompletedAt"] = $"{start} + s.n * {step}",
        };
        var reviewColumns = await Columns("Reviews");
        await Run($"""
            WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {Reviews - 1})
            INSERT INTO Reviews ({string.Join(", ", reviewColumns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", reviewColumns.Select(c => substitutes.GetValueOrDefault(c, $"t.\"{c}\"")))} FROM s, Reviews t WHERE t.Id = $t
            """);

        // Answers: mostly Yes, about 1 in 7 No, 1 in 20 N/A, 1 in 40 not enough information, varied by review and question.
        var answerColumns = (await Columns("ReviewAnswers")).Where(c => c != "Id").ToList();
        var answerValues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ReviewId"] = "x.rid",
            ["Value"] = "CASE WHEN x.v < 7 THEN 'NotEnoughInfo' WHEN x.v < 21 THEN 'NotApplicable' WHEN x.v < 61 THEN 'No' ELSE 'Yes' END",
        };
        await Run($"""
            INSERT INTO ReviewAnswers ({string.Join(", ", answerColumns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", answerColumns.Select(c => answerValues.GetValueOrDefault(c, $"x.\"{c}\"")))}
            FROM (SELECT a.*, r.Id AS rid, (r.Id * 7919 + unicode(substr(a.QuestionId, -1)) * 104729 + (r.CaseId % 8) * 13) % 280 AS v
                  FROM Reviews r JOIN ReviewAnswers a ON a.ReviewId = $t WHERE r.Id > $t) x
            """);
    }
}
