using System.Net;
using ClosedXML.Excel;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using static CaseCoach.Tests.Reports.ReportsHost;

namespace CaseCoach.Tests.Reports;

/// <summary>R25: /reports/interrater and its downloads over HTTP: figures, role rules, bad input, empty quarters.</summary>
public sealed class InterraterPagesTests
{
    private const string Query = "?jurisdiction=riverside&quarter=2026Q4";

    private static async Task<ReportsHost> WorkedExampleAsync(bool leaveOnePending = false)
    {
        var world = await ReportsWorld.CreateAsync();
        await world.SeedWorkedExampleAsync(leaveOnePending);
        return await StartAsync(world);
    }

    [Fact]
    public async Task The_director_of_quality_sees_agreement_side_by_side_and_the_new_reviewers_kappa_R25()
    {
        await using var host = await WorkedExampleAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/interrater" + Query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Strengths: where the team agrees most", body, StringComparison.Ordinal);
        Assert.Contains("Opportunities: where the team agrees least", body, StringComparison.Ordinal);
        var agreement = System.Text.RegularExpressions.Regex.Match(body, "<td><a href=\"(/reports/reviews\\?[^\"]+&amp;round=\\d+)\">67%</a></td><td>0.55</td>");
        Assert.True(agreement.Success, "the 67% agreement links to the round's reviews");
        // The reviews behind it: the round's calibration reviews, for the QA team only (R25).
        var link = System.Net.WebUtility.HtmlDecode(agreement.Groups[1].Value);
        var (listed, list) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), link);
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Matches("[1-9]\\d* completed reviews\\.", list);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(await host.SignedInAsAsync(host.World.NorthSupervisor), link)).Status);
        Assert.Contains("<td>Jordan Patel</td><td>2</td><td>18</td><td>89%</td><td>0.45</td>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_still_waiting_for_a_review_shows_no_figure_R25()
    {
        await using var host = await WorkedExampleAsync(leaveOnePending: true);
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.Reviewer1), "/reports/interrater" + Query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("8 of 9 reviews are in. The results stay hidden", body, StringComparison.Ordinal);
        Assert.DoesNotContain("0.55", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Strengths:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Excel_download_holds_the_agreement_and_kappa_cells_R25()
    {
        await using var host = await WorkedExampleAsync();
        var client = await host.SignedInAsAsync(host.World.QaSupervisor);
        using var response = await client.GetAsync("/reports/interrater.xlsx" + Query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("casecoach-interrater-riverside-2026Q4.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var rounds = book.Worksheet("Calibration rounds 2026Q4");
        Assert.Equal(["RC-1 RC-2 RC-3", "3", "9", "9"], Enumerable.Range(2, 4).Select(c => rounds.Cell(2, c).GetString()));
        var byQuestion = book.Worksheet("Agreement by question");
        var q1 = byQuestion.RowsUsed().Single(r => r.Cell(2).GetString() == "q1");
        Assert.Equal(3, (int)q1.Cell(3).GetDouble());
        Assert.Equal(2 / 3.0, q1.Cell(4).GetDouble(), 9);
        Assert.Equal("0.0%", q1.Cell(4).Style.NumberFormat.Format);
        Assert.Equal(0.55, q1.Cell(5).GetDouble(), 9);
        Assert.True(byQuestion.RowsUsed().Single(r => r.Cell(2).GetString() == "q2").Cell(5).IsEmpty(), "an undefined kappa is blank, not 0");
        var newReviewers = book.Worksheet("New reviewers vs senior");
        Assert.Equal("Jordan Patel", newReviewers.Cell(2, 1).GetString());
        Assert.Equal(5 / 11.0, newReviewers.Cell(2, 5).GetDouble(), 9);
    }

    [Fact]
    public async Task The_CSV_download_lists_the_rounds_and_the_kappas_R25()
    {
        await using var host = await WorkedExampleAsync();
        var (status, csv) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/interrater.csv" + Query);
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = csv.Split("\r\n");
        Assert.Equal("Calibration rounds 2026Q4", lines[0]);
        Assert.Contains("2026-10-01,q1,3,0.6667,0.55", lines);
        Assert.Contains("Jordan Patel,2,18,0.8889,0.4545", lines);
    }

    [Fact]
    public async Task A_quarter_without_calibration_says_so_never_0_percent_R25()
    {
        await using var host = await WorkedExampleAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/interrater?jurisdiction=riverside&quarter=2026Q2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No calibration reviews in this period (2026Q2).", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Strengths:", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/interrater?jurisdiction=riverside&quarter=2026Q5")]
    [InlineData("/reports/interrater?jurisdiction=riverside")]
    [InlineData("/reports/interrater.xlsx?jurisdiction=riverside&quarter=26Q4")]
    public async Task A_malformed_quarter_gets_400_R25(string url)
    {
        await using var host = await WorkedExampleAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("2026Q4", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_role_another_jurisdiction_or_a_unit_scoped_viewer_gets_403_and_no_figures_R25()
    {
        await using var host = await WorkedExampleAsync();
        await using (var db = host.World.Context())
        {
            db.Jurisdictions.Add(Jurisdiction.Create("lakeside", "Lakeside County", "America/Chicago", new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency));
            await db.SaveChangesAsync(Ct);
        }
        var cases = new (string Who, string Url)[]
        {
            (host.World.ProgramAdministrator.AadObjectId, "/reports/interrater" + Query),
            ("aad-nobody-we-know", "/reports/interrater.csv" + Query),
            (host.World.DirectorOfQuality.AadObjectId, "/reports/interrater?jurisdiction=lakeside&quarter=2026Q4"),
            (host.World.NorthWorker.AadObjectId, "/reports/interrater" + Query),
            (host.World.ProgramDirector.AadObjectId, "/reports/interrater.xlsx" + Query),
        };
        foreach (var (who, url) in cases)
        {
            var (status, body) = await GetAsync(await host.SignedInAsAsync(who), url);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.DoesNotContain("0.55", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_reports_front_page_links_the_interrater_report_for_the_QA_team()
    {
        await using var host = await WorkedExampleAsync();
        var (_, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports");
        Assert.Contains("/reports/interrater?jurisdiction=riverside&amp;quarter=", body, StringComparison.Ordinal);
    }
}
