using System.Text;
using CaseCoach.Core.Import;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Import;

public sealed class LargeImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_5000_row_file_reports_progress_every_500_rows_up_to_the_total()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        var csv = new StringBuilder(ImportHarness.PeopleHeader).Append('\n')
            .Append("aad-0,boss@county.example,Casey Boss,Program Director,ProgramDirector,Unit 0,,America/New_York\n");
        for (var i = 1; i < 5000; i++)
        {
            csv.Append($"aad-{i},worker{i}@county.example,Worker {i},Case Manager,Caseworker,Unit {i % 7},")
                .Append(i % 2 == 0 ? "boss@county.example" : "").Append(",America/Chicago\n");
        }

        var progress = new ImportHarness.RecordingProgress();
        var summary = await ImportHarness.PeopleAsync(database, csv.ToString(), progress);

        Assert.Equal((5000, 0), (summary.Added, summary.Rejected.Count));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => new ImportProgress(i * 500, 5000)), progress.Reports);
        await using var db = database.CreateContext();
        Assert.Equal(5000, await db.People.CountAsync(Ct));
        Assert.Equal(2499, await db.People.CountAsync(p => p.Supervisor!.AadObjectId == "aad-0", Ct));
    }
}
