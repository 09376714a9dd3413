using System.Globalization;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Import;

/// <summary>
/// Import rows are audited by the SaveChanges interceptor from the entity (R1): actor "import", the record's own id
/// (a new one's too), the row's line and the changed property names, never values.
/// </summary>
public sealed class ImportAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Listing = ImportHarness.CasesHeader + """

        RC-1,Family A,North Unit,cw@county.example,sup@county.example,2026-06-01,0.91,,
        """;

    [Fact]
    public async Task New_people_and_cases_are_audited_with_their_generated_ids_and_lines_R1()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await ImportHarness.PeopleAsync(database, ImportHarness.Staff);
        await ImportHarness.CasesAsync(database, Listing);

        await using var db = database.CreateContext();
        var people = await db.People.Select(p => p.Id).ToListAsync(Ct);
        var caseId = await db.Cases.Select(c => c.Id).SingleAsync(Ct);
        var added = await db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("import.")).OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.All(added, a => Assert.Equal("import", a.Actor));
        Assert.Equal(people.Select(Text).Order(), added.Where(a => a.Action == "import.person.added" && a.EntityType == "Person").Select(a => a.EntityId).Order());
        var opened = Assert.Single(added, a => a.Action == "import.case.added");
        Assert.Equal(("Case", Text(caseId), """{"line":2,"changed":[]}"""), (opened.EntityType, opened.EntityId, opened.DetailsJson));
    }

    [Fact]
    public async Task A_case_reassigned_by_the_listing_is_audited_with_the_changed_caseworker_only_R1_R12()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await ImportHarness.PeopleAsync(database, ImportHarness.Staff);
        await ImportHarness.CasesAsync(database, Listing);

        await ImportHarness.CasesAsync(database, Listing.Replace("cw@county.example", "cw2@county.example", StringComparison.Ordinal));

        await using var db = database.CreateContext();
        var caseId = await db.Cases.Select(c => c.Id).SingleAsync(Ct);
        var updated = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "import.case.updated", Ct);
        Assert.Equal(("import", "Case", Text(caseId), """{"line":2,"changed":["CaseworkerId"]}"""),
            (updated.Actor, updated.EntityType, updated.EntityId, updated.DetailsJson));
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
