using System.Net;
using Microsoft.EntityFrameworkCore;
using static CaseCoach.Tests.Reports.ReportsHost;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// "Every figure links to the reviews behind it, for those allowed to see them" (R26), over HTTP on the seed of
/// <see cref="ReportsHost.SeededAsync"/>: Q4 A (RC-1 North, q3 No), B (RC-2 North, q3 N/A), C (RC-3 South, q1 and q3 No).
/// </summary>
public sealed class ReviewsBehindFigureTests
{
    private const string Q4 = "jurisdiction=riverside&quarter=2026Q4";

    private static async Task<long> ReviewOfAsync(ReportsHost host, CaseCoach.Core.Cases.Case reviewed)
    {
        await using var db = host.World.Context();
        return await db.Reviews.Where(r => r.CaseId == reviewed.Id && r.CompletedAt != null).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync(Ct);
    }

    [Fact]
    public async Task The_figures_link_to_lists_whose_counts_equal_the_figures_R26()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        var south = host.World.South.Id;
        var (_, page) = await GetAsync(client, "/reports/quarterly?" + Q4);
        // q3: 2 No of 3 answers (A, C); q1 in the South: 0 Yes of 1 (C); the quarter: 3 reviews.
        Assert.Contains("href=\"/reports/reviews?jurisdiction=riverside&amp;quarter=2026Q4&amp;question=q3&amp;answer=No\">67% (2)</a>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/reviews?jurisdiction=riverside&amp;quarter=2026Q4&amp;question=q1&amp;unit={south}\">0% (0/1)</a>", page, StringComparison.Ordinal);

        var (status, no) = await GetAsync(client, $"/reports/reviews?{Q4}&question=q3&answer=No");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2 completed reviews.", no, StringComparison.Ordinal);
        Assert.Contains(">RC-1</a>", no, StringComparison.Ordinal);
        Assert.Contains(">RC-3</a>", no, StringComparison.Ordinal);
        Assert.DoesNotContain("RC-2", no, StringComparison.Ordinal);

        var (_, cell) = await GetAsync(client, $"/reports/reviews?{Q4}&question=q1&unit={south}");
        Assert.Contains("1 completed reviews.", cell, StringComparison.Ordinal);
        Assert.Contains("Their answers: Yes 0, No 1, N/A 0, not enough information 0.", cell, StringComparison.Ordinal);
        Assert.Contains("South Unit", cell, StringComparison.Ordinal);

        var (_, quarter) = await GetAsync(client, $"/reports/reviews?{Q4}");
        Assert.Contains("3 completed reviews.", quarter, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 3 of 3 (page 1 of 1).", quarter, StringComparison.Ordinal);
        Assert.DoesNotContain("Family", quarter, StringComparison.Ordinal); // case references, never names
        Assert.Contains("<title>CaseCoach reports – Reviews behind a figure</title>", quarter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_opens_their_units_reviews_and_gets_403_for_another_units()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.SouthSupervisor);

        var (own, body) = await GetAsync(client, $"/reports/reviews/{await ReviewOfAsync(host, host.World.S1)}");
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Contains("Case RC-3, South Unit.", body, StringComparison.Ordinal);
        Assert.Contains("Specific example for the No.", body, StringComparison.Ordinal);
        Assert.Contains("<title>CaseCoach reports – Review</title>", body, StringComparison.Ordinal); // no case in the title

        var (other, refused) = await GetAsync(client, $"/reports/reviews/{await ReviewOfAsync(host, host.World.N1)}");
        Assert.Equal(HttpStatusCode.Forbidden, other);
        Assert.DoesNotContain("RC-1", refused, StringComparison.Ordinal);
        var (list, _) = await GetAsync(client, $"/reports/reviews?{Q4}&unit={host.World.North.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, list);
    }

    [Fact]
    public async Task A_caseworker_sees_only_the_reviews_of_their_own_cases()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.SouthWorker);

        var (status, list) = await GetAsync(client, $"/reports/reviews?{Q4}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("1 completed reviews.", list, StringComparison.Ordinal);
        Assert.Contains(">RC-3</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("RC-1", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, $"/reports/reviews/{await ReviewOfAsync(host, host.World.N2)}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, $"/reports/reviews/{await ReviewOfAsync(host, host.World.S1)}")).Status);
    }

    [Fact]
    public async Task An_unknown_review_is_404()
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/reviews/987654");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("There is no completed review with that number", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&unit=north")]
    [InlineData("&reviewer=-3")]
    [InlineData("&answer=Maybe&question=q1")]
    [InlineData("&answer=Yes")]
    [InlineData("&question=q1%3Cscript%3E")]
    [InlineData("&question=q99")]
    [InlineData("&month=2026-07")]
    [InlineData("&month=2026-13")]
    [InlineData("&page=0")]
    public async Task Malformed_filters_get_400_naming_the_expected_format(string filter)
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), $"/reports/reviews?{Q4}{filter}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The figure's filters must be written ?jurisdiction=KEY&amp;quarter=2026Q4", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_quarter_gets_400_here_too()
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/reviews?jurisdiction=riverside&quarter=2026-11");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The quarter must be written YYYYQn", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseworkers_see_no_jump_flags_section_the_QA_team_does_R26()
    {
        await using var host = await SeededAsync();
        var (_, worker) = await GetAsync(await host.SignedInAsAsync(host.World.SouthWorker), "/reports/quarterly?" + Q4);
        var (_, quality) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/quarterly?" + Q4);
        Assert.DoesNotContain("Jumps to verify", worker, StringComparison.Ordinal);
        Assert.Contains("Trend over the last four quarters", worker, StringComparison.Ordinal);
        Assert.Contains("Jumps to verify", quality, StringComparison.Ordinal);
    }
}
