using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Reviews;

/// <summary>
/// A jurisdiction with its people and one case, seeded into the real bot's database, plus the channel they talk
/// through. Each person is a <see cref="TestPerson"/> whose aadObjectId is stored in People.
/// </summary>
public sealed class ReviewWorld : IAsyncDisposable
{
    public static readonly DateOnly CaseOpenedOn = new(2026, 6, 1);

    private ReviewWorld(TestChannel channel) => Channel = channel;

    public TestChannel Channel { get; }
    public TestPerson Reviewer { get; } = TestPerson.Named("Jordan Patel");
    public TestPerson SecondReviewer { get; } = TestPerson.Named("Sam Okafor");
    public TestPerson QaSupervisor { get; } = TestPerson.Named("Avery Chen");
    public TestPerson Caseworker { get; } = TestPerson.Named("Dana Lopez");
    public TestPerson Supervisor { get; } = TestPerson.Named("Taylor Nguyen");
    public TestPerson ProgramAdministrator { get; } = TestPerson.Named("Riley Brooks");
    public TestPerson Stranger { get; } = TestPerson.Named("Pat Unknown");

    /// <param name="database">Owned by the world once given (a second host may share it); null: the host's own SQLite file.</param>
    public static async Task<ReviewWorld> StartAsync(
        bool tentativeHold = false, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        TestDatabase? database = null)
    {
        var world = new ReviewWorld(await TestChannel.StartAsync(settings, services: services, database: database));
        await world.SeedAsync(tentativeHold);
        return world;
    }

    public static string Email(TestPerson person) => person.Name.Split(' ')[0].ToLowerInvariant() + "@riverside.example";

    public Task<T> InDbAsync<T>(Func<CaseCoachDbContext, Task<T>> query) => InScopeAsync(s => query(s.GetRequiredService<CaseCoachDbContext>()));

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Channel.Bot.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Assigns a review of the case to <paramref name="reviewer"/> (default: <see cref="Reviewer"/>) and returns its key.</summary>
    public Task<string> AssignReviewAsync(TestPerson? reviewer = null, string externalCaseId = "RC-1001", DateOnly? dueOn = null) => InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<CaseCoachDbContext>();
        var aad = (reviewer ?? Reviewer).AadObjectId;
        var review = Review.Schedule(
            await db.Cases.SingleAsync(c => c.ExternalCaseId == externalCaseId, Ct),
            await db.People.SingleAsync(p => p.AadObjectId == aad, Ct),
            await db.Jurisdictions.SingleAsync(Ct),
            s.GetRequiredService<InstrumentCatalog>().Get(InstrumentCatalog.SustainablePermanency),
            dueOn ?? new DateOnly(2026, 12, 1));
        db.Reviews.Add(review);
        await db.SaveChangesAsync(Ct);
        return review.Key;
    });

    public Task<Review> LoadReviewAsync(string key) => InDbAsync(db =>
        db.Reviews.AsNoTracking().Include(r => r.Answers).SingleAsync(r => r.Key == key, Ct));

    /// <summary>Installs the bot for each person, as Teams does, so proactive messages have somewhere to go.</summary>
    public async Task InstallAsync(params TestPerson[] people)
    {
        foreach (var person in people)
        {
            using var response = await Channel.SendAsync(Channel.Activities.Install(person));
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>An adaptiveCard/action invoke as <paramref name="person"/>; returns the invoke response body.</summary>
    public async Task<JsonElement> InvokeAsync(TestPerson person, string verb, JsonObject data)
    {
        using var response = await Channel.SendAsync(Channel.Activities.Invoke(person, verb, data));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    public async Task SetClockAsync(string now)
    {
        using var response = await Channel.Http.PostAsJsonAsync("/api/dev/clock", new { now }, Ct);
        response.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => Channel.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task SeedAsync(bool tentativeHold) => InDbAsync(async db =>
    {
        const string zone = "America/New_York";
        var jurisdiction = Jurisdiction.Create("riverside", "Riverside County", zone, new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency);
        jurisdiction.SetDesignatedRecipients(["qa-team@riverside.example"]);
        jurisdiction.PlaceTentativeCoachingHolds(tentativeHold);
        db.Jurisdictions.Add(jurisdiction);
        var north = Unit.Create("North Unit");
        Person Make(TestPerson who, Role role, string title, Person? boss = null)
        {
            var person = Person.Create(who.AadObjectId, Email(who), who.Name, title, role, zone);
            person.JoinUnit(north);
            if (boss is not null) person.ReportTo(boss);
            db.People.Add(person);
            return person;
        }
        var qa = Make(QaSupervisor, Role.QaSupervisor, "Quality Review Supervisor");
        Make(Reviewer, Role.Reviewer, "Quality Reviewer", qa);
        Make(SecondReviewer, Role.Reviewer, "Quality Reviewer", qa);
        Make(ProgramAdministrator, Role.ProgramAdministrator, "Program Administrator");
        var supervisor = Make(Supervisor, Role.Supervisor, "Case Management Supervisor");
        var caseworker = Make(Caseworker, Role.Caseworker, "Case Manager", supervisor);
        var opened = Case.Open("RC-1001", "Rivera family", north, caseworker, supervisor, CaseOpenedOn);
        opened.Rescore(0.91m, ["prior removal"]);
        opened.AddChild(new DateOnly(2021, 8, 3));
        db.Cases.Add(opened);
        var second = Case.Open("RC-1002", "Okafor family", north, caseworker, supervisor, CaseOpenedOn.AddMonths(1));
        second.Rescore(0.55m, ["housing instability"]);
        db.Cases.Add(second);
        await db.SaveChangesAsync(Ct);
        return 0;
    });
}
