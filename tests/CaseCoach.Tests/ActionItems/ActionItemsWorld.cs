using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Plugins.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.ActionItems;

/// <summary>
/// One jurisdiction (New York time, close of business 17:00), a unit with its caseworker, supervisor and program
/// director, the quality team, and a case; everyone has installed the bot. Drives the real host over HTTP.
/// </summary>
public sealed class ActionItemsWorld : IAsyncDisposable
{
    public const string Zone = "America/New_York";

    /// <summary>The Outlook actionable-message provider id the emailed cards carry.</summary>
    public const string Originator = "7d3c9a0e-2b1f-4c5d-9e8f-0a1b2c3d4e5f";

    private ActionItemsWorld(TestChannel channel) => Channel = channel;

    public TestChannel Channel { get; }
    public TestPerson Caseworker { get; } = TestPerson.Named("Dana Lopez");
    public TestPerson Supervisor { get; } = TestPerson.Named("Taylor Nguyen");
    public TestPerson Reviewer { get; } = TestPerson.Named("Jordan Patel");
    public TestPerson OtherReviewer { get; } = TestPerson.Named("Sam Okafor");
    public TestPerson ProgramDirector { get; } = TestPerson.Named("Casey Morgan");
    public TestPerson DirectorOfQuality { get; } = TestPerson.Named("Morgan Reyes");
    public TestPerson OtherCaseworker { get; } = TestPerson.Named("Alex Kim");
    public long CaseId { get; private set; }

    public FakeConnector Connector => Channel.Connector;

    /// <summary>On the embedded SQLite file, or on a fresh database of <paramref name="provider"/>.</summary>
    public static async Task<ActionItemsWorld> StartAsync(
        DateTimeOffset now, DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? settings = null) =>
        await StartAsync(now, provider == DatabaseProvider.Sqlite
            ? null
            : await TestDatabase.CreateMigratedAsync(provider, TestContext.Current.CancellationToken), settings);

    /// <summary>On <paramref name="database"/>, which the world then owns (a second host may share it).</summary>
    /// <param name="installed">Who has opened the bot (default: everyone); the others are reached by proactive installation or email.</param>
    public static async Task<ActionItemsWorld> StartAsync(
        DateTimeOffset now, TestDatabase? database, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, Func<ActionItemsWorld, IEnumerable<TestPerson>>? installed = null)
    {
        var world = new ActionItemsWorld(await TestChannel.StartAsync(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Outlook:ActionableMessageOriginator"] = Originator },
            services: services, database: database));
        await world.SetClockAsync(now);
        await world.SeedAsync();
        foreach (var person in installed?.Invoke(world) ?? [world.Caseworker, world.Supervisor, world.Reviewer, world.OtherReviewer, world.ProgramDirector, world.DirectorOfQuality, world.OtherCaseworker])
            (await world.Channel.SendAsync(world.Channel.Activities.Install(person))).EnsureSuccessStatusCode();
        await world.Channel.SweepAsync();
        return world;
    }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var response = await Channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = now.ToString("O") }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The reviewer completes a Sustainable Permanency review of the case with a No on q3 (R4, R5, R8).</summary>
    public async Task<long> CompleteReviewAsync()
    {
        await using var scope = Channel.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var instrument = scope.ServiceProvider.GetRequiredService<InstrumentCatalog>().Get(InstrumentCatalog.SustainablePermanency);
        // The reviews sweep may already have scheduled the case's first review (R2); otherwise schedule it here.
        var review = await db.Reviews.Include(r => r.Reviewer).Include(r => r.Jurisdiction).Include(r => r.Answers)
            .SingleOrDefaultAsync(r => r.CaseId == CaseId, TestContext.Current.CancellationToken);
        if (review is null)
        {
            review = Review.Schedule(await db.Cases.SingleAsync(TestContext.Current.CancellationToken),
                await db.People.SingleAsync(p => p.AadObjectId == Reviewer.AadObjectId, TestContext.Current.CancellationToken),
                await db.Jurisdictions.SingleAsync(TestContext.Current.CancellationToken), instrument, new DateOnly(2026, 12, 1));
            db.Reviews.Add(review);
        }
        var reviewer = review.Reviewer;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        review.Start(reviewer, instrument, now);
        var answers = instrument.Questions.ToDictionary(q => q.Id, q => q.Id == "q3"
            ? new EnteredAnswer("no", "The safety plan does not name the grandmother.") : new EnteredAnswer("yes", ""));
        Assert.True(review.Submit(reviewer, instrument, new SurveyEntry(answers, "Warm engagement with the family.", ""), now).IsValid);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return review.Id;
    }

    /// <summary>Documents a session held today with the given items (owner = caseworker unless said), as the reviewer.</summary>
    public Task<IReadOnlyList<Guid>> RecordCoachingAsync(DateOnly sessionOn, params (string Description, DateOnly DueOn, bool IsSafety)[] items) =>
        RecordCoachingAsync(null, sessionOn, items);

    /// <summary>Changes q3 from No to Yes unless an earlier session already did (R15 refuses a question no longer No).</summary>
    public async Task<IReadOnlyList<Guid>> RecordCoachingAsync(long? reviewId, DateOnly sessionOn, params (string Description, DateOnly DueOn, bool IsSafety)[] items)
    {
        var q3Resolved = await QueryAsync(db => db.Reviews.Where(r => r.CaseId == CaseId).SelectMany(r => r.Answers)
            .AnyAsync(a => a.QuestionId == "q3" && a.Value == Answer.Yes, TestContext.Current.CancellationToken));
        return await RecordCoachingAsync(reviewId, sessionOn, q3Resolved ? [] : ["q3"], items);
    }

    /// <summary>Without a review id, the case's completed review (completed now if there is none: R15 refuses a record for a case never reviewed).</summary>
    public async Task<IReadOnlyList<Guid>> RecordCoachingAsync(
        long? reviewId, DateOnly sessionOn, IReadOnlyList<string> changedToYes, params (string Description, DateOnly DueOn, bool IsSafety)[] items)
    {
        if (reviewId is null && !await QueryAsync(db => db.Reviews.AnyAsync(r => r.CaseId == CaseId && r.CompletedAt != null, TestContext.Current.CancellationToken)))
            await CompleteReviewAsync();
        await using var scope = Channel.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var people = await db.People.ToDictionaryAsync(p => p.AadObjectId, TestContext.Current.CancellationToken);
        var command = new RecordCoachingSessionCommand(people[Reviewer.AadObjectId], CaseId, reviewId, sessionOn,
            [people[Caseworker.AadObjectId].Id, people[Supervisor.AadObjectId].Id, people[Reviewer.AadObjectId].Id],
            "Safety plan out of date; visit notes missing.", changedToYes,
            items.Select(i => new AgreedActionItem(i.Description, people[Caseworker.AadObjectId].Id, i.DueOn, i.IsSafety)).ToList(),
            "Your notes on the grandmother's role made the safety picture clear.",
            scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        var result = await scope.ServiceProvider.GetRequiredService<RecordCoachingSession>().HandleAsync(command, TestContext.Current.CancellationToken);
        if (result.Value is not { Checklist: var checklist })
            throw new RecordRefusedException(result.Refusal!);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return checklist.Items.Select(i => i.Id).ToList();
    }

    public async Task<JsonElement> InvokeAsync(TestPerson from, string verb, JsonObject data)
    {
        using var response = await Channel.SendAsync(Channel.Activities.Invoke(from, verb, (JsonObject)data.DeepClone()));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>An Action.Execute from the card in an Outlook email: the same invoke through the Outlook channel.</summary>
    public async Task<JsonElement> InvokeFromOutlookAsync(TestPerson from, string verb, JsonObject data)
    {
        var activity = Channel.Activities.Invoke(from, verb, (JsonObject)data.DeepClone());
        activity["channelId"] = "outlook";
        activity["conversation"] = new JsonObject { ["id"] = $"outlook-{from.AadObjectId}", ["tenantId"] = Activities.DefaultTenant };
        using var response = await Channel.SendAsync(activity);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>Sends a chat message and runs the outbox; returns the new messages in the sender's chat (not card updates).</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> SayAsync(TestPerson from, string text)
    {
        var before = Connector.Requests.Count;
        using (var response = await Channel.SendAsync(Channel.Activities.Message(from, text))) response.EnsureSuccessStatusCode();
        await Channel.SweepAsync();
        return Connector.Requests.Skip(before).Where(r => r.Method == "POST" && Uri.UnescapeDataString(r.Path).Contains(from.ConversationId, StringComparison.Ordinal)).ToList();
    }

    public async Task<T> QueryAsync<T>(Func<CaseCoachDbContext, Task<T>> query)
    {
        await using var scope = Channel.Bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>());
    }

    public Task<ActionItem> ItemAsync(Guid id) => QueryAsync(db => db.Set<ActionItem>().AsNoTracking().SingleAsync(i => i.Id == id));

    /// <summary>Connector requests to one person's chat, in order.</summary>
    public IReadOnlyList<ConnectorRequest> RequestsTo(TestPerson person) =>
        Connector.Requests.Where(r => Uri.UnescapeDataString(r.Path).Contains(person.ConversationId, StringComparison.Ordinal)).ToList();

    /// <summary>The .eml files written so far, as text.</summary>
    public IReadOnlyList<string> Emails() => Directory.Exists(Channel.Bot.OutboxFolder)
        ? Directory.GetFiles(Channel.Bot.OutboxFolder, "*.eml").Order().Select(File.ReadAllText).ToList()
        : [];

    private async Task SeedAsync()
    {
        await using var scope = Channel.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var jurisdiction = Jurisdiction.Create("riverside", "Riverside County", Zone, new TimeOnly(17, 0), "sustainable-permanency");
        jurisdiction.SetHolidays([new DateOnly(2026, 11, 26)]);
        jurisdiction.SetEscalationContacts(["escalations@riverside.example"]);
        db.Jurisdictions.Add(jurisdiction);
        var north = Unit.Create("North Unit");
        Person Make(TestPerson who, string email, string title, Role role, Person? boss = null)
        {
            var person = Person.Create(who.AadObjectId, email, who.Name, title, role, Zone);
            person.JoinUnit(north);
            if (boss is not null) person.ReportTo(boss);
            db.People.Add(person);
            return person;
        }

        var quality = Make(DirectorOfQuality, "quality-director@riverside.example", "Director of Quality", Role.DirectorOfQuality);
        Make(Reviewer, "reviewer@riverside.example", "Quality Reviewer", Role.Reviewer, quality);
        Make(OtherReviewer, "reviewer2@riverside.example", "Quality Reviewer", Role.Reviewer, quality);
        var director = Make(ProgramDirector, "program-director@riverside.example", "Program Director", Role.ProgramDirector);
        var supervisor = Make(Supervisor, "supervisor@riverside.example", "Case Management Supervisor", Role.Supervisor, director);
        var caseworker = Make(Caseworker, "caseworker@riverside.example", "Case Manager", Role.Caseworker, supervisor);
        Make(OtherCaseworker, "caseworker2@riverside.example", "Case Manager", Role.Caseworker, supervisor);
        var opened = Case.Open("RC-1001", "Rivera family", north, caseworker, supervisor, new DateOnly(2026, 6, 1));
        db.Cases.Add(opened);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        CaseId = opened.Id;
    }

    public ValueTask DisposeAsync() => Channel.DisposeAsync();
}

/// <summary>A coaching record the use case refused, for tests that expect the refusal.</summary>
public sealed class RecordRefusedException(CaseCoach.Core.Application.Refusal refusal) : Exception(refusal.Reason)
{
    public CaseCoach.Core.Application.Refusal Refusal { get; } = refusal;
}
