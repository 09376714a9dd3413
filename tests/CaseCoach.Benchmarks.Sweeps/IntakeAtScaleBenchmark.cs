using BenchmarkDotNet.Attributes;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Benchmarks.Sweeps;

/// <summary>
/// Issue 14 item 3: one intake run (<see cref="AssignReviews"/>, R1-R3: the paged planner and the reviews it schedules,
/// not yet saved) over 100,000 open cases on SQLite. 90 % have a decided review completed over 2026 (those whose
/// six-month recurrence has come are due again), 10 % were never reviewed (due at once); 20 reviewers with room for
/// 25 each. Target: under 2 s. The file is seeded once (template rows copied in SQL) and kept in the temp folder. Run:
/// dotnet run -c Release --project tests/CaseCoach.Benchmarks.Sweeps -- --filter '*Intake*' --job short
/// </summary>
[MemoryDiagnoser]
public class IntakeAtScaleBenchmark
{
    public const int Cases = 100_000;
    private const int Reviewers = 20;
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "casecoach-bench-intake-v1");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private CaseCoachDbContextFactory _factory = null!;
    private InstrumentCatalog _instruments = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factory = new CaseCoachDbContextFactory(Options.Create(new DatabaseOptions { DataFolder = Folder, Provider = "Sqlite" }));
        _instruments = InstrumentCatalog.LoadEmbedded();
        Seed();
    }

    [Benchmark]
    public async Task<int> AssignReviewsOver100000Cases()
    {
        await using var db = _factory.CreateDbContext();
        var result = await new AssignReviews(db, new IntakePlanner(db, _instruments)).HandleAsync(new AssignReviewsCommand(Now, new IntakeOptions()), CancellationToken.None);
        return result.Assigned.Count == Reviewers * 25 && result.Waiting > Cases / 10
            ? result.Assigned.Count + result.Waiting
            : throw new InvalidOperationException($"{result.Assigned.Count} assigned, {result.Waiting} waiting: the seed is wrong.");
    }

    private void Seed()
    {
        using var db = _factory.CreateDbContext();
        new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (db.Cases.Count() >= Cases) return;
        if (db.Cases.Any()) throw new InvalidOperationException($"Delete {Folder}: a half-seeded file.");

        const string zone = "America/New_York";
        var jurisdiction = Jurisdiction.Create("bench", "Bench County", zone, new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency);
        jurisdiction.SetIntake(reviewerCapacity: 25, alternateReviewerEvery: 4);
        db.Jurisdictions.Add(jurisdiction);
        var unit = db.Units.Add(Unit.Create("Unit 1")).Entity;
        Person Make(string id, Role role)
        {
            var person = Person.Create(id, $"{id}@bench.example", id, role.ToString(), role, zone);
            person.JoinUnit(unit);
            return db.People.Add(person).Entity;
        }
        var qa = Make("aad-qas", Role.QaSupervisor);
        var reviewers = Enumerable.Range(1, Reviewers).Select(i => Make($"aad-rev{i:D2}", Role.Reviewer)).ToList();
        var caseworker = Make("aad-cw", Role.Caseworker);
        var supervisor = Make("aad-sup", Role.Supervisor);
        db.SaveChanges();
        var template = Case.Open("B-0", "Family 0", unit, caseworker, supervisor, new DateOnly(2025, 1, 1));
        db.Cases.Add(template);
        db.SaveChanges();
        var instrument = _instruments.Get(InstrumentCatalog.SustainablePermanency);
        var completed = new DateTimeOffset(2026, 1, 2, 15, 0, 0, TimeSpan.Zero);
        var review = Review.Schedule(template, reviewers[0], jurisdiction, instrument, new DateOnly(2026, 1, 2));
        db.Reviews.Add(review);
        review.Start(reviewers[0], instrument, completed.AddDays(-1));
        var entered = instrument.Questions.ToDictionary(q => q.Id, _ => new EnteredAnswer("yes", ""));
        if (!review.Submit(reviewers[0], instrument, new SurveyEntry(entered, "Strengths.", ""), completed).IsValid)
            throw new InvalidOperationException("The template review did not submit.");
        review.Decide(qa, false, false, completed.AddHours(2));
        db.SaveChanges();

        using var connection = new SqliteConnection(db.Database.GetConnectionString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        void Run(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        string Columns(string table, IReadOnlyDictionary<string, string> substitutes, out string values)
        {
            var names = SqliteRows.Columns(connection, transaction, table).Where(c => c != "Id").ToList();
            values = string.Join(", ", names.Select(c => substitutes.GetValueOrDefault(c, $"t.\"{c}\"")));
            return string.Join(", ", names.Select(c => $"\"{c}\""));
        }
        // Cases B-1 .. B-99999, ids following the template's, scores spread so priority order is not insertion order.
        var caseColumns = Columns("Cases", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ExternalCaseId"] = "'B-' || s.n",
            ["Name"] = "'Family ' || s.n",
            ["Score"] = "printf('%.2f', ((s.n * 7919) % 1000) / 100.0)",
        }, out var caseValues);
        Run($"""
            WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {Cases - 1})
            INSERT INTO Cases ({caseColumns}) SELECT {caseValues} FROM s, Cases t WHERE t.Id = {template.Id}
            """);
        // One decided review for 9 cases in 10, completed evenly over 2026 by reviewer n % 20.
        var start = completed.UtcTicks;
        var step = (new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero).UtcTicks - start) / Cases;
        var reviewColumns = Columns("Reviews", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Key"] = "t.Key || '-' || s.n",
            ["CaseId"] = $"{template.Id} + s.n",
            ["ReviewerId"] = $"{reviewers[0].Id} + s.n % {Reviewers}",
            ["DueOn"] = "date(t.DueOn, '+' || (s.n * 330 / " + Cases + ") || ' days')",
            ["CompletedAt"] = $"{start} + s.n * {step}",
        }, out var reviewValues);
        Run($"""
            WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {Cases - 1})
            INSERT INTO Reviews ({reviewColumns}) SELECT {reviewValues} FROM s, Reviews t WHERE t.Id = {review.Id} AND s.n % 10 <> 0
            """);
        transaction.Commit();
        SqliteConnection.ClearAllPools();
    }
}
