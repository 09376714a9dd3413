using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// A migrated SQLite file with one jurisdiction (New York time), North and South units, two reviewers, a QA
/// supervisor and a caseworker per unit; reviews are added through the domain's own steps (R4-R8).
/// </summary>
internal sealed class ReportsWorld : IAsyncDisposable
{
    public static readonly Instrument Instrument = InstrumentCatalog.LoadEmbedded().Get(InstrumentCatalog.SustainablePermanency);
    private int _dueOffset;

    private ReportsWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public Jurisdiction Jurisdiction { get; private set; } = null!;
    public Unit North { get; private set; } = null!;
    public Unit South { get; private set; } = null!;
    public Person Reviewer1 { get; private set; } = null!;
    public Person Reviewer2 { get; private set; } = null!;
    public Person QaSupervisor { get; private set; } = null!;
    public Person NorthWorker { get; private set; } = null!;
    public Person SouthWorker { get; private set; } = null!;
    public Person NorthSupervisor { get; private set; } = null!;
    public Person SouthSupervisor { get; private set; } = null!;
    public Person ProgramDirector { get; private set; } = null!;
    public Person DirectorOfQuality { get; private set; } = null!;
    public Person ProgramAdministrator { get; private set; } = null!;
    public Case N1 { get; private set; } = null!;
    public Case N2 { get; private set; } = null!;
    public Case S1 { get; private set; } = null!;

    public static async Task<ReportsWorld> CreateAsync()
    {
        var world = new ReportsWorld(await TestDatabase.CreateMigratedAsync(TestContext.Current.CancellationToken));
        await using var db = world.Database.CreateContext();
        world.Seed(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return world;
    }

    public CaseCoachDbContext Context() => Database.CreateContext();

    public ReportViewer ViewerOf(Person person, ReportScope? scope = null) => new(person, Jurisdiction, scope ?? ReportScope.Jurisdiction(Jurisdiction.Id));

    public async Task<QuarterlyReport> QuarterlyAsync(string quarter, ReportScope? scope = null)
    {
        await using var db = Context();
        Assert.True(ReportPeriod.TryParseQuarter(quarter, out var period));
        return await new QuarterlyReportQuery(db, new ReviewFacts(db), InstrumentCatalog.LoadEmbedded())
            .RunAsync(ViewerOf(DirectorOfQuality, scope), period, TestContext.Current.CancellationToken);
    }

    /// <summary>A submitted and decided review: every question Yes except those given; a No or a "not enough information" carries its comment (R5).</summary>
    public async Task<long> ReviewAsync(Case reviewed, Person reviewer, DateTimeOffset completedAt, Dictionary<string, Answer>? answers = null, bool notEnoughInformation = false)
    {
        await using var db = Context();
        var review = Review.Schedule(await db.Cases.SingleAsync(c => c.Id == reviewed.Id), await db.People.SingleAsync(p => p.Id == reviewer.Id),
            await db.Jurisdictions.SingleAsync(), Instrument, DateOnly.FromDateTime(completedAt.UtcDateTime).AddDays(++_dueOffset));
        db.Reviews.Add(review);
        review.Start(review.Reviewer, Instrument, completedAt.AddDays(-2));
        var entered = Instrument.Questions.ToDictionary(q => q.Id, q => (answers?.GetValueOrDefault(q.Id) ?? Answer.Yes) switch
        {
            Answer.No => new EnteredAnswer("no", "Specific example for the No."),
            Answer.NotApplicable => new EnteredAnswer("na", ""),
            Answer.NotEnoughInfo => new EnteredAnswer("unsure", "What the file is missing."),
            _ => new EnteredAnswer("yes", ""),
        });
        Assert.True(review.Submit(review.Reviewer, Instrument, new SurveyEntry(entered, "Strengths.", ""), completedAt).IsValid);
        review.Decide(await db.People.SingleAsync(p => p.Id == QaSupervisor.Id), notEnoughInformation, false, completedAt.AddHours(2));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return review.Id;
    }

    public static DateTimeOffset NewYork(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(month is >= 4 and <= 10 ? -4 : -5));

    private void Seed(CaseCoachDbContext db)
    {
        const string zone = "America/New_York";
        Jurisdiction = Jurisdiction.Create("riverside", "Riverside County", zone, new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency);
        db.Jurisdictions.Add(Jurisdiction);
        North = Unit.Create("North Unit");
        South = Unit.Create("South Unit");
        Person Make(string id, string name, Role role, Unit unit, Person? boss = null)
        {
            var person = Person.Create(id, $"{id}@county.example", name, role.ToString(), role, zone);
            person.JoinUnit(unit);
            if (boss is not null) person.ReportTo(boss);
            db.People.Add(person);
            return person;
        }
        DirectorOfQuality = Make("aad-doq", "Morgan Reyes", Role.DirectorOfQuality, North);
        QaSupervisor = Make("aad-qas", "Avery Chen", Role.QaSupervisor, North, DirectorOfQuality);
        Reviewer1 = Make("aad-rev1", "Jordan Patel", Role.Reviewer, North, QaSupervisor);
        Reviewer2 = Make("aad-rev2", "Sam Okafor", Role.Reviewer, North, QaSupervisor);
        ProgramDirector = Make("aad-pd", "Casey Morgan", Role.ProgramDirector, North);
        ProgramAdministrator = Make("aad-pa", "Riley Brooks", Role.ProgramAdministrator, North, ProgramDirector);
        NorthSupervisor = Make("aad-nsup", "Taylor Nguyen", Role.Supervisor, North, ProgramDirector);
        NorthWorker = Make("aad-ncw", "Dana Lopez", Role.Caseworker, North, NorthSupervisor);
        SouthSupervisor = Make("aad-ssup", "Jamie Ford", Role.Supervisor, South);
        SouthWorker = Make("aad-scw", "Alex Kim", Role.Caseworker, South, SouthSupervisor);
        N1 = Case.Open("RC-1", "Family N1", North, NorthWorker, NorthSupervisor, new DateOnly(2025, 6, 1));
        N2 = Case.Open("RC-2", "Family N2", North, NorthWorker, NorthSupervisor, new DateOnly(2025, 6, 1));
        S1 = Case.Open("RC-3", "Family S1", South, SouthWorker, SouthSupervisor, new DateOnly(2025, 6, 1));
        db.Cases.AddRange(N1, N2, S1);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
