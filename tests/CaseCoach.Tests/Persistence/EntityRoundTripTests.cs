using CaseCoach.Core.Persistence;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CaseCoach.Tests.Persistence;

public sealed class EntityRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Organisation_and_a_case_round_trip_through_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using (var db = database.CreateContext())
        {
            var jurisdiction = Jurisdiction.Create("demo", "Demo County", "America/New_York", new TimeOnly(17, 0), "safety-v1");
            jurisdiction.SetHolidays([new DateOnly(2026, 12, 25), new DateOnly(2026, 7, 3)]);
            jurisdiction.SetDesignatedRecipients(["QA@Demo.example"]);
            jurisdiction.SetEscalationContacts(["director@demo.example"]);
            var unit = Unit.Create("North Unit");
            var supervisor = Person.Create("aad-sup", "sup@demo.example", "Sam Super", "Supervisor", Role.Supervisor, "America/New_York");
            var caseworker = Person.Create("aad-cw", "cw@demo.example", "Casey Worker", "Caseworker", Role.Caseworker, "America/Chicago");
            supervisor.JoinUnit(unit);
            caseworker.JoinUnit(unit);
            caseworker.ReportTo(supervisor);
            var opened = Case.Open("C-100", "Family A", unit, caseworker, supervisor, new DateOnly(2025, 11, 1));
            opened.Rescore(0.87m, ["substance use", "prior removal"]);
            opened.AddChild(new DateOnly(2024, 5, 6));
            opened.AddChild(new DateOnly(2020, 1, 2));
            db.AddRange(jurisdiction, opened);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        var stored = await read.Cases.Include(c => c.Children).Include(c => c.Caseworker).ThenInclude(p => p.Supervisor)
            .SingleAsync(c => c.ExternalCaseId == "C-100", Ct);
        var storedJurisdiction = await read.Jurisdictions.SingleAsync(Ct);

        Assert.Equal("Sam Super", stored.Caseworker.Supervisor!.Name);
        Assert.Equal(stored.UnitId, stored.Caseworker.UnitId);
        Assert.Equal(0.87m, stored.Score);
        Assert.Equal(["substance use", "prior removal"], stored.RiskFactors);
        Assert.Equal([new DateOnly(2020, 1, 2), new DateOnly(2024, 5, 6)], stored.Children.Select(c => c.BirthDate).Order());
        Assert.Equal(CaseStatus.Open, stored.Status);
        Assert.Equal([new DateOnly(2026, 7, 3), new DateOnly(2026, 12, 25)], storedJurisdiction.Holidays);
        Assert.Equal(["qa@demo.example"], storedJurisdiction.DesignatedRecipientEmails);
        Assert.Equal(new TimeOnly(17, 0), storedJurisdiction.CloseOfBusiness);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_person_with_the_same_email_in_other_letter_case_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using var db = database.CreateContext();
        db.People.Add(Person.Create("aad-1", "pat@demo.example", "Pat", "", Role.Reviewer, "UTC"));
        await db.SaveChangesAsync(Ct);

        db.People.Add(Person.Create("aad-2", "PAT@demo.example", "Pat Two", "", Role.Reviewer, "UTC"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_activity_processed_twice_is_refused_so_one_turn_wins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using (var first = database.CreateContext())
        {
            first.ProcessedActivities.Add(ProcessedActivity.Record("a:conv", "act-1", 200, """{"ok":true}""", Now));
            await first.SaveChangesAsync(Ct);
        }

        await using var second = database.CreateContext();
        second.ProcessedActivities.Add(ProcessedActivity.Record("a:conv", "act-1", 200, null, Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));
        await using var read = database.CreateContext();
        var stored = await read.ProcessedActivities.SingleAsync(Ct);
        Assert.Equal("""{"ok":true}""", stored.ResponseJson);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Conversation_coordinates_are_stored_once_per_channel_conversation_and_refreshed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var coordinates = new ConversationCoordinates(
            "aad-cw", "tenant", "msteams", "https://smba.example/amer/", "a:1x", "personal", "28:bot", "29:user");
        await using (var db = database.CreateContext())
        {
            var record = ConversationRecord.Capture(coordinates, Now);
            Assert.True(record.MarkWelcomed(Now));
            Assert.False(record.MarkWelcomed(Now.AddMinutes(1)));
            db.Conversations.Add(record);
            await db.SaveChangesAsync(Ct);

            record.Refresh(coordinates with { ServiceUrl = "https://smba.example/emea/" }, Now.AddDays(1));
            await db.SaveChangesAsync(Ct);

            db.Conversations.Add(ConversationRecord.Capture(coordinates, Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        await using var read = database.CreateContext();
        var stored = await read.Conversations.SingleAsync(Ct);
        Assert.Equal("https://smba.example/emea/", stored.ServiceUrl);
        Assert.Equal(Now, stored.WelcomedAt);
        Assert.Equal(Now.AddDays(1), stored.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Instants_compare_and_sort_in_sql_whatever_their_offsets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var early = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(2)); // 08:00Z
        var late = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);            // 09:00Z
        await using (var db = database.CreateContext())
        {
            db.AuditEntries.Add(AuditEntry.Record(AuditEntry.SystemActor, "late", "Case", "1", late));
            db.AuditEntries.Add(AuditEntry.Record("aad-1", "early", "Case", "1", early, new { status = "Open" }));
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        var cutoff = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);
        var beforeCutoff = await read.AuditEntries.Where(a => a.At < cutoff).Select(a => a.Action).ToListAsync(Ct);
        var inOrder = await read.AuditEntries.OrderBy(a => a.At).Select(a => a.Action).ToListAsync(Ct);

        Assert.Equal(["early"], beforeCutoff);
        Assert.Equal(["early", "late"], inOrder);
        Assert.Equal(early, (await read.AuditEntries.SingleAsync(a => a.Action == "early", Ct)).At);
    }
}
