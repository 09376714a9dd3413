using CaseCoach.Core.Import;
using CaseCoach.Core.Organisation;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Import;

public sealed class PeopleImportTests
{
    private const string Header = ImportHarness.PeopleHeader;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Good = Header + """

        aad-dir,director@county.example,Casey Morgan,Program Director,ProgramDirector,North Unit,,America/New_York
        aad-sup,Sup@County.example,Taylor Nguyen,Supervisor,Supervisor,North Unit,director@county.example,America/New_York
        aad-cw,cw@county.example,Dana Lopez,"Case Manager, Permanency",Caseworker,East Office,sup@county.example,America/Chicago
        """;

    [Fact]
    public async Task A_good_file_imports_people_with_roles_units_supervisors_and_quoted_commas()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);

        var summary = await ImportHarness.PeopleAsync(database, Good);

        Assert.Equal((3, 0, 0), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Empty(summary.Rejected);
        await using var db = database.CreateContext();
        var caseworker = await db.People.Include(p => p.Unit).Include(p => p.Supervisor).SingleAsync(p => p.AadObjectId == "aad-cw", Ct);
        Assert.Equal("Case Manager, Permanency", caseworker.Title);
        Assert.Equal(Role.Caseworker, caseworker.Role);
        Assert.Equal("East Office", caseworker.Unit!.Name);
        Assert.Equal("sup@county.example", caseworker.Supervisor!.Email);
        Assert.Equal("America/Chicago", caseworker.TimeZone);
        Assert.Equal(["East Office", "North Unit"], await db.Units.Select(u => u.Name).OrderBy(n => n).ToListAsync(Ct));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Actor == "import" && a.Action == "import.person.added", Ct));
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_and_audits_nothing()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await ImportHarness.PeopleAsync(database, Good);
        var before = await SnapshotAsync(database);

        var summary = await ImportHarness.PeopleAsync(database, Good);

        Assert.Equal((0, 0, 3), (summary.Added, summary.Updated, summary.Unchanged));
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task A_changed_row_updates_the_person_in_place_and_audits_column_names_only()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await ImportHarness.PeopleAsync(database, Good);
        await using var first = database.CreateContext();
        var id = await first.People.Where(p => p.AadObjectId == "aad-cw").Select(p => p.Id).SingleAsync(Ct);

        var summary = await ImportHarness.PeopleAsync(database, Good.Replace(
            "\"Case Manager, Permanency\",Caseworker,East Office", "Senior Case Manager,Supervisor,North Unit"));

        Assert.Equal((0, 1, 2), (summary.Added, summary.Updated, summary.Unchanged));
        await using var db = database.CreateContext();
        var updated = await db.People.Include(p => p.Unit).SingleAsync(p => p.AadObjectId == "aad-cw", Ct);
        Assert.Equal((id, "Senior Case Manager", Role.Supervisor, "North Unit"), (updated.Id, updated.Title, updated.Role, updated.Unit!.Name));
        Assert.Equal(3, await db.People.CountAsync(Ct));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "import.person.updated", Ct);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Contains("\"Title\"", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"Role\"", audit.DetailsJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Senior", audit.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_column_and_skipped_whole_while_good_rows_import()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        const string csv = Header + """

            aad-1,one@county.example,Pat One,Reviewer,Reviewer,North Unit,,America/New_York
            aad-2,two@county.example,Pat Two,Reviewer,Janitor,North Unit,,America/New_York
            aad-3,not-an-email,Pat Three,Reviewer,Reviewer,North Unit,,Mars/Olympus
            aad-4,four@county.example,Pat Four,Reviewer,Reviewer,North Unit,nobody@county.example,America/New_York
            aad-5,five@county.example,Pat Five,Reviewer,Reviewer,North Unit
            aad-1,six@county.example,Pat Six,Reviewer,Reviewer,North Unit,,America/New_York
            aad-7,seven@county.example,Pat Seven,Reviewer,Reviewer,South Unit,,America/New_York
            """;

        var summary = await ImportHarness.PeopleAsync(database, csv);

        Assert.Equal(2, summary.Added);
        Assert.Equal([3, 4, 5, 6, 7], summary.Rejected.Select(r => r.Line));
        var reasons = summary.Rejected.ToDictionary(r => r.Line, r => r.Reason);
        Assert.StartsWith("role on line 3 is not one of Reviewer, QaSupervisor", reasons[3], StringComparison.Ordinal);
        Assert.Contains("email on line 4 is not an email address", reasons[4], StringComparison.Ordinal);
        Assert.Contains("timeZone on line 4 is not an IANA time zone id", reasons[4], StringComparison.Ordinal);
        Assert.Equal("supervisorEmail on line 5 names no person in the file or database", reasons[5]);
        Assert.Equal("line 6 has 6 fields; expected 8", reasons[6]);
        Assert.Equal("aadObjectId on line 7 repeats line 2", reasons[7]);
        Assert.DoesNotContain(summary.Rejected, r => r.Reason.Contains("nobody@", StringComparison.Ordinal) || r.Reason.Contains("Mars", StringComparison.Ordinal));

        await using var db = database.CreateContext();
        Assert.Equal(["aad-1", "aad-7"], await db.People.Select(p => p.AadObjectId).OrderBy(a => a).ToListAsync(Ct));
        Assert.Equal("one@county.example", (await db.People.SingleAsync(p => p.AadObjectId == "aad-1", Ct)).Email);
    }

    [Fact]
    public async Task A_wrong_header_is_refused_naming_the_columns_and_nothing_is_imported()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        const string csv = """
            aadObjectId,mail,name,title,role,unit,supervisorEmail,timeZone,extra
            aad-1,one@county.example,Pat One,Reviewer,Reviewer,North Unit,,America/New_York,x
            """;

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportHarness.PeopleAsync(database, csv));

        Assert.Contains("Missing: email.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown: mail, extra.", error.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.False(await db.People.AnyAsync(Ct));
        Assert.False(await db.Units.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_file_without_its_header_is_refused_without_echoing_the_first_row()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportHarness.PeopleAsync(database,
            "aad-1,one@county.example,Pat One,Reviewer,Reviewer,North Unit,,America/New_York"));

        Assert.DoesNotContain("one@county.example", error.Message, StringComparison.Ordinal);
        Assert.Contains("add the header line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_declared_later_in_the_file_is_linked_whatever_the_order()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        const string csv = Header + """

            aad-cw,cw@county.example,Dana Lopez,Case Manager,Caseworker,North Unit,sup@county.example,America/New_York
            aad-sup,sup@county.example,Taylor Nguyen,Supervisor,Supervisor,North Unit,dir@county.example,America/New_York
            aad-dir,dir@county.example,Casey Morgan,Program Director,ProgramDirector,North Unit,,America/New_York
            """;

        var summary = await ImportHarness.PeopleAsync(database, csv);

        Assert.Equal(3, summary.Added);
        await using var db = database.CreateContext();
        var chain = await db.People.Include(p => p.Supervisor).ThenInclude(s => s!.Supervisor)
            .SingleAsync(p => p.AadObjectId == "aad-cw", Ct);
        Assert.Equal("aad-dir", chain.Supervisor!.Supervisor!.AadObjectId);
    }

    [Fact]
    public async Task A_reporting_cycle_in_the_file_is_rejected_rather_than_half_written()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        const string csv = Header + """

            aad-a,a@county.example,Pat A,Supervisor,Supervisor,North Unit,b@county.example,America/New_York
            aad-b,b@county.example,Pat B,Supervisor,Supervisor,North Unit,a@county.example,America/New_York
            """;

        var summary = await ImportHarness.PeopleAsync(database, csv);

        Assert.Equal(0, summary.Added);
        Assert.Equal("supervisorEmail on line 3 closes a reporting cycle with line 2", summary.Rejected[1].Reason);
        Assert.Equal("supervisorEmail on line 2 names the person on line 3, whose row was rejected", summary.Rejected[0].Reason);
    }

    [Fact]
    public async Task An_email_that_belongs_to_another_person_or_a_stray_quote_rejects_only_that_row()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await ImportHarness.PeopleAsync(database, Good);
        const string csv = Header + """

            aad-new,cw@county.example,Someone Else,Reviewer,Reviewer,North Unit,,America/New_York
            aad-q,q@county.example,Pat "Q,Reviewer,Reviewer,North Unit,,America/New_York
            aad-ok,ok@county.example,Pat Ok,Reviewer,Reviewer,North Unit,,America/New_York
            """;

        var summary = await ImportHarness.PeopleAsync(database, csv);

        Assert.Equal(1, summary.Added);
        Assert.Equal("email on line 2 already belongs to another person in the database", summary.Rejected[0].Reason);
        Assert.StartsWith("line 3 has a stray quote", summary.Rejected[1].Reason, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal("Dana Lopez", (await db.People.SingleAsync(p => p.Email == "cw@county.example", Ct)).Name);
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var people = await db.People.OrderBy(p => p.Id)
            .Select(p => $"{p.Id}|{p.AadObjectId}|{p.Email}|{p.Name}|{p.Title}|{p.Role}|{p.UnitId}|{p.SupervisorId}|{p.TimeZone}")
            .ToListAsync(Ct);
        var units = await db.Units.OrderBy(u => u.Id).Select(u => $"{u.Id}|{u.Name}").ToListAsync(Ct);
        var audit = await db.AuditEntries.CountAsync(Ct);
        return string.Join("\n", people.Concat(units).Append($"audit={audit}"));
    }
}
