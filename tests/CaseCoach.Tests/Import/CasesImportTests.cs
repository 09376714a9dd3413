using CaseCoach.Core.Cases;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Import;

public sealed class CasesImportTests
{
    private const string Header = ImportHarness.CasesHeader;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Listing = Header + """

        RC-1,"Family A, North",North Unit,cw@county.example,sup@county.example,2026-06-01,0.91,prior removal;substance use,2024-02-10;2021-08-03
        RC-2,Family B,East Office,cw2@county.example,sup@county.example,2026-08-15,0.5,,
        """;

    private static async Task<TestDatabase> StaffedDatabaseAsync()
    {
        var database = await TestDatabase.CreateMigratedAsync(Ct);
        var staff = await ImportHarness.PeopleAsync(database, ImportHarness.Staff);
        Assert.Equal(3, staff.Added);
        return database;
    }

    [Fact]
    public async Task The_prediction_listing_imports_cases_with_children_risk_factors_and_new_units_R1()
    {
        await using var database = await StaffedDatabaseAsync();

        var summary = await ImportHarness.CasesAsync(database, Listing);

        Assert.Equal((2, 0), (summary.Added, summary.Rejected.Count));
        await using var db = database.CreateContext();
        var first = await db.Cases.Include(c => c.Children).Include(c => c.Caseworker).SingleAsync(c => c.ExternalCaseId == "RC-1", Ct);
        Assert.Equal("Family A, North", first.Name);
        Assert.Equal(0.91m, first.Score);
        Assert.Equal(["prior removal", "substance use"], first.RiskFactors);
        Assert.Equal([new DateOnly(2021, 8, 3), new DateOnly(2024, 2, 10)], first.Children.Select(c => c.BirthDate).Order());
        Assert.Equal("cw@county.example", first.Caseworker.Email);
        Assert.Equal(new DateOnly(2026, 6, 1), first.OpenedOn);
        var second = await db.Cases.Include(c => c.Children).Include(c => c.Unit).SingleAsync(c => c.ExternalCaseId == "RC-2", Ct);
        Assert.Equal(("East Office", 0), (second.Unit.Name, second.Children.Count));
        Assert.Empty(second.RiskFactors);
    }

    [Fact]
    public async Task Reimporting_the_listing_changes_nothing_and_keeps_the_children_rows()
    {
        await using var database = await StaffedDatabaseAsync();
        await ImportHarness.CasesAsync(database, Listing);
        var before = await SnapshotAsync(database);

        var summary = await ImportHarness.CasesAsync(database, Listing);

        Assert.Equal((0, 0, 2), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task A_changed_listing_row_rescores_reassigns_and_replaces_the_children_in_place()
    {
        await using var database = await StaffedDatabaseAsync();
        await ImportHarness.CasesAsync(database, Listing);
        await using var first = database.CreateContext();
        var id = await first.Cases.Where(c => c.ExternalCaseId == "RC-1").Select(c => c.Id).SingleAsync(Ct);

        var summary = await ImportHarness.CasesAsync(database, Listing.Replace(
            "cw@county.example,sup@county.example,2026-06-01,0.91,prior removal;substance use,2024-02-10;2021-08-03",
            "cw2@county.example,sup@county.example,2026-06-01,0.97,prior removal,2024-02-10;2026-01-05"));

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.Unchanged));
        await using var db = database.CreateContext();
        var updated = await db.Cases.Include(c => c.Children).Include(c => c.Caseworker).SingleAsync(c => c.ExternalCaseId == "RC-1", Ct);
        Assert.Equal((id, 0.97m, "cw2@county.example"), (updated.Id, updated.Score, updated.Caseworker.Email));
        Assert.Equal(["prior removal"], updated.RiskFactors);
        Assert.Equal([new DateOnly(2024, 2, 10), new DateOnly(2026, 1, 5)], updated.Children.Select(c => c.BirthDate).Order());
        Assert.Equal(2, await db.Set<Child>().CountAsync(Ct)); // the old children rows are gone, not orphaned
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "import.case.updated", Ct);
        Assert.Contains("\"Children\"", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"Score\"", audit.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_whose_caseworker_is_not_a_person_is_rejected_naming_the_column_not_the_email()
    {
        await using var database = await StaffedDatabaseAsync();
        const string csv = Header + """

            RC-1,Family A,North Unit,stranger@county.example,sup@county.example,2026-06-01,0.91,,
            RC-2,Family B,North Unit,cw@county.example,sup@county.example,2026-13-01,high,,2024-02-30
            RC-3,Family C,North Unit,cw@county.example,cw@county.example,2026-06-01,0.5,,
            RC-4,Family D,North Unit,cw@county.example,sup@county.example,2026-06-01,0.5,,
            """;

        var summary = await ImportHarness.CasesAsync(database, csv);

        Assert.Equal(1, summary.Added);
        var reasons = summary.Rejected.ToDictionary(r => r.Line, r => r.Reason);
        Assert.Equal("caseworkerEmail on line 2 names no person in the database; import people first", reasons[2]);
        Assert.Equal(
            "openedOn on line 3 has a date that is not yyyy-MM-dd; score on line 3 is not a decimal number such as 0.85; " +
            "childrenBirthDates on line 3 has a date that is not yyyy-MM-dd", reasons[3]);
        Assert.StartsWith("supervisorEmail on line 4 names the caseworker", reasons[4], StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Rejected, r => r.Reason.Contains('@'));
        await using var db = database.CreateContext();
        Assert.Equal(["RC-4"], await db.Cases.Select(c => c.ExternalCaseId).ToListAsync(Ct));
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var cases = await db.Cases.Include(c => c.Children).OrderBy(c => c.Id).ToListAsync(Ct);
        var audit = await db.AuditEntries.CountAsync(Ct);
        return string.Join("\n", cases.Select(c =>
            $"{c.Id}|{c.ExternalCaseId}|{c.Name}|{c.UnitId}|{c.CaseworkerId}|{c.SupervisorId}|{c.OpenedOn}|{c.Score}|" +
            $"{string.Join(';', c.RiskFactors)}|{string.Join(';', c.Children.OrderBy(k => k.Id).Select(k => $"{k.Id}:{k.BirthDate}"))}")
            .Append($"audit={audit}"));
    }
}
