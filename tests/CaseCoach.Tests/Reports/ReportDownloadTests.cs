using System.Net;
using ClosedXML.Excel;
using static CaseCoach.Tests.Reports.ReportsHost;

namespace CaseCoach.Tests.Reports;

/// <summary>The quarterly report's downloads over HTTP, opened the way a reader opens them (R26).</summary>
public sealed class ReportDownloadTests
{
    private const string Query = "?jurisdiction=riverside&quarter=2026Q4";

    [Fact]
    public async Task The_Excel_download_holds_the_seeded_counts_and_shares_R26()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        using var response = await client.GetAsync("/reports/quarterly.xlsx" + Query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("casecoach-quarterly-riverside-2026Q4.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var byQuestion = book.Worksheet("By question 2026Q4");
        Assert.Equal("Not enough information", byQuestion.Cell(1, 7).GetString());
        Assert.Equal("Yes share", byQuestion.Cell(1, 8).GetString());
        // q3: A No, B N/A, C No -> 0 Yes, 2 No, 1 N/A; shares of all three answers.
        var q3 = byQuestion.RowsUsed().Single(r => r.Cell(1).GetString() == "q3");
        Assert.Equal([0, 2, 1, 0], new[] { 4, 5, 6, 7 }.Select(c => (int)q3.Cell(c).GetDouble()));
        Assert.Equal(2 / 3.0, q3.Cell(9).GetDouble(), 6);
        Assert.Equal("0.0%", q3.Cell(9).Style.NumberFormat.Format);

        var detail = book.Worksheet("By question, unit, reviewer");
        var southQ1 = detail.RowsUsed().Single(r => r.Cell(1).GetString() == "q1" && r.Cell(2).GetString() == "South Unit");
        Assert.Equal("Jordan Patel", southQ1.Cell(3).GetString());
        Assert.Equal((0, 1), ((int)southQ1.Cell(4).GetDouble(), (int)southQ1.Cell(5).GetDouble()));

        var trend = book.Worksheet("Trend");
        Assert.Equal(["2026Q1", "2026Q2", "2026Q3", "2026Q4"], Enumerable.Range(2, 4).Select(r => trend.Cell(r, 1).GetString()));
        Assert.Equal([0, 0, 1, 3], Enumerable.Range(2, 4).Select(r => (int)trend.Cell(r, 2).GetDouble()));
        Assert.True(trend.Cell(2, 7).IsEmpty(), "a quarter with no reviews has no share, not 0%");
        Assert.Equal(23 / 26.0, trend.Cell(5, 7).GetDouble(), 6);
    }

    /// <summary>R26: the August 2026 flags of <see cref="JumpCheckTests.JumpWorldAsync"/> (q1 1/3 -> 3/3, q2 2/3 -> 3/3), checks opened on 2 September.</summary>
    [Fact]
    public async Task The_Excel_download_has_the_pages_jump_flags_heat_map_and_pairings_R26()
    {
        var world = await ReportsWorld.CreateAsync();
        await JumpCheckTests.JumpWorldAsync(world);
        await JumpCheckTests.SweepAsync(world, ReportsWorld.NewYork(2026, 9, 2), new CaseCoach.Tests.Fakes.RecordingNotifier());
        await using var host = await StartAsync(world);
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        using var response = await client.GetAsync("/reports/quarterly.xlsx?jurisdiction=riverside&quarter=2026Q3", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var flags = book.Worksheet("Jump flags");
        Assert.Equal(["Month", "Question", "Unit", "Yes share before", "Yes share after", "Secondary review", "Second reviews in", "Second reviews sampled"],
            Enumerable.Range(1, 8).Select(c => flags.Cell(1, c).GetString()));
        Assert.Equal(3, flags.RowsUsed().Count());
        Assert.Equal(("2026-08", "q1", ""), (flags.Cell(2, 1).GetString(), flags.Cell(2, 2).GetString(), flags.Cell(2, 3).GetString()));
        Assert.Equal(1 / 3.0, flags.Cell(2, 4).GetDouble(), 6);
        Assert.Equal(1.0, flags.Cell(2, 5).GetDouble(), 6);
        Assert.Equal("0.0%", flags.Cell(2, 4).Style.NumberFormat.Format);
        Assert.Equal(("open", 0, 3), (flags.Cell(2, 6).GetString(), (int)flags.Cell(2, 7).GetDouble(), (int)flags.Cell(2, 8).GetDouble()));
        Assert.Equal("q2", flags.Cell(3, 2).GetString());
        Assert.Equal(2 / 3.0, flags.Cell(3, 4).GetDouble(), 6);

        // The heat map's cells: q1 in the South, July S1 No and August S1 Yes -> 1 Yes, 1 No, a Yes share of 50%.
        var heat = book.Worksheet("By question and unit");
        var southQ1 = heat.RowsUsed().Single(r => r.Cell(1).GetString() == "q1" && r.Cell(2).GetString() == "South Unit");
        Assert.Equal((1, 1, 0.5), ((int)southQ1.Cell(3).GetDouble(), (int)southQ1.Cell(4).GetDouble(), southQ1.Cell(7).GetDouble()));
        Assert.True(book.TryGetWorksheet("Unit pairings", out _));
    }

    [Fact]
    public async Task A_caseworkers_download_has_no_jump_flags_sheet_R26()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.SouthWorker);
        using var response = await client.GetAsync("/reports/quarterly.xlsx" + Query, Ct);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        Assert.False(book.TryGetWorksheet("Jump flags", out _));
        Assert.True(book.TryGetWorksheet("By question and unit", out _));
    }

    [Fact]
    public async Task The_CSV_download_lists_each_table_under_its_title_R26()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        using var response = await client.GetAsync("/reports/quarterly.csv" + Query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);

        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n");
        Assert.Equal("By question 2026Q4", lines[0]);
        Assert.Equal("Question,Unit,Reviewer,Yes,No,N/A,Not enough information,Yes share,No share,N/A share,Not enough information share", lines[1]);
        Assert.Contains("q1,All units,All reviewers,2,1,0,0,0.6667,0.3333,0,0", lines);
        Assert.Contains("q3,All units,All reviewers,0,2,1,0,0,0.6667,0.3333,0", lines);
        Assert.Contains("\"By question, unit, reviewer\"", lines);
        Assert.Contains("2026Q1,0,0,0,0,0,", lines);
    }

    [Fact]
    public async Task A_caseworkers_download_holds_only_their_own_reviews()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.SouthWorker);
        var (status, csv) = await GetAsync(client, "/reports/quarterly.csv" + Query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("q1,All units,All reviewers,0,1,0,0,0,1,0,0", csv.Split("\r\n"));
        Assert.DoesNotContain("North Unit", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_enough_information_is_its_own_column_in_the_downloads_and_the_page_R8_R26()
    {
        var world = await ReportsWorld.CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, ReportsWorld.NewYork(2026, 10, 5), new() { ["q3"] = CaseCoach.Core.Reviews.Answer.NotEnoughInfo });
        await world.ReviewAsync(world.N2, world.Reviewer2, ReportsWorld.NewYork(2026, 11, 10), new() { ["q3"] = CaseCoach.Core.Reviews.Answer.No });
        await using var host = await StartAsync(world);
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);

        var (status, csv) = await GetAsync(client, "/reports/quarterly.csv" + Query);
        var (pageStatus, page) = await GetAsync(client, "/reports/quarterly" + Query);

        Assert.Equal(HttpStatusCode.OK, status);
        // q3: 0 Yes, 1 No, 0 N/A, 1 not enough information; q1: 2 Yes.
        Assert.Contains("q3,All units,All reviewers,0,1,0,1,0,0.5,0,0.5", csv.Split("\r\n"));
        Assert.Contains("q1,All units,All reviewers,2,0,0,0,1,0,0,0", csv.Split("\r\n"));
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains("<th>Not enough information</th>", page, StringComparison.Ordinal);
        Assert.Contains("0% (0/2)", page, StringComparison.Ordinal); // q3's heat-map cell: not enough information is not a Yes
    }
}
