using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Import;

/// <summary>The listing's optional columns carry what R2's stop rules need; units no jurisdiction serves are refused.</summary>
public sealed class ListingColumnsTests
{
    private const string Header = ImportHarness.CasesHeader + ",status,goalChangedOn,childrenRemovedOn,priorReports";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TestDatabase> StaffedDatabaseAsync()
    {
        var database = await TestDatabase.CreateMigratedAsync(Ct);
        await ImportHarness.PeopleAsync(database, ImportHarness.Staff);
        return database;
    }

    [Fact]
    public async Task Status_goal_change_removal_and_prior_reports_from_the_listing_are_recorded_R2()
    {
        await using var database = await StaffedDatabaseAsync();

        var summary = await ImportHarness.CasesAsync(database, Header + """

            RC-1,Family A,North Unit,cw@county.example,sup@county.example,2026-06-01,0.91,,,Closed,,,
            RC-2,Family B,North Unit,cw@county.example,sup@county.example,2026-06-01,0.80,,,Open,2026-10-01,2026-10-02,4
            RC-3,Family C,North Unit,cw@county.example,sup@county.example,2026-06-01,0.70,,,,,,
            """);

        Assert.Equal((3, 0), (summary.Added, summary.Rejected.Count));
        await using var db = database.CreateContext();
        var cases = await db.Cases.ToDictionaryAsync(c => c.ExternalCaseId, Ct);
        Assert.Equal(CaseStatus.Closed, cases["RC-1"].Status);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2), 4), (cases["RC-2"].GoalChangedOn, cases["RC-2"].ChildrenRemovedOn, cases["RC-2"].PriorReports));
        Assert.Equal((CaseStatus.Open, (int?)null), (cases["RC-3"].Status, cases["RC-3"].PriorReports));
        Assert.Equal(DateOnly.FromDateTime(ImportHarness.Clock.GetUtcNow().UtcDateTime), cases["RC-3"].FirstListedOn);
    }

    [Theory]
    [InlineData("Paused,,,", "status on line 2 is not one of Open, Closed")]
    [InlineData(",2026/10/01,,", "goalChangedOn on line 2 has a date that is not yyyy-MM-dd")]
    [InlineData(",,,-1", "priorReports on line 2 is not a whole number")]
    public async Task A_bad_optional_value_rejects_the_row_naming_line_and_column(string optional, string reason)
    {
        await using var database = await StaffedDatabaseAsync();

        var summary = await ImportHarness.CasesAsync(database, Header + "\nRC-1,Family A,North Unit,cw@county.example,sup@county.example,2026-06-01,0.9,,," + optional);

        Assert.Contains(reason, Assert.Single(summary.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_missing_from_a_newer_listing_stays_open_and_is_counted_as_not_in_this_listing_R1()
    {
        await using var database = await StaffedDatabaseAsync();
        await ImportHarness.CasesAsync(database, ImportHarness.CasesHeader + """

            RC-1,Family A,North Unit,cw@county.example,sup@county.example,2026-06-01,0.9,,
            RC-2,Family B,North Unit,cw@county.example,sup@county.example,2026-06-01,0.8,,
            """);

        var summary = await ImportHarness.CasesAsync(database, ImportHarness.CasesHeader + "\nRC-1,Family A,North Unit,cw@county.example,sup@county.example,2026-06-01,0.9,,");

        Assert.Equal(1, summary.NotInListing);
        await using var db = database.CreateContext();
        Assert.Equal(CaseStatus.Open, (await db.Cases.SingleAsync(c => c.ExternalCaseId == "RC-2", Ct)).Status);
    }

    [Fact]
    public async Task A_row_for_a_unit_no_jurisdiction_serves_is_refused_by_line_and_nothing_of_it_is_written()
    {
        await using var database = await StaffedDatabaseAsync();
        await using (var setup = database.CreateContext())
        {
            var riverside = Jurisdiction.Create("riverside", "Riverside", "America/New_York", new TimeOnly(17, 0), "sustainable-permanency");
            var lakeside = Jurisdiction.Create("lakeside", "Lakeside", "America/Chicago", new TimeOnly(17, 0), "sustainable-permanency");
            setup.Jurisdictions.AddRange(riverside, lakeside);
            await setup.SaveChangesAsync(Ct);
            (await setup.Units.SingleAsync(u => u.Name == "North Unit", Ct)).BelongTo(riverside);
            await setup.SaveChangesAsync(Ct);
        }

        var summary = await ImportHarness.CasesAsync(database, ImportHarness.CasesHeader + """

            RC-1,Family A,North Unit,cw@county.example,sup@county.example,2026-06-01,0.9,,
            RC-2,Family B,West Office,cw@county.example,sup@county.example,2026-06-01,0.8,,
            """);

        Assert.Equal(1, summary.Added);
        Assert.Equal(3, Assert.Single(summary.Rejected).Line);
        await using var db = database.CreateContext();
        Assert.False(await db.Units.AnyAsync(u => u.Name == "West Office", Ct));
        Assert.False(await db.Cases.AnyAsync(c => c.ExternalCaseId == "RC-2", Ct));
    }
}
