using System.Net;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using static CaseCoach.Tests.Reports.ReportsHost;

namespace CaseCoach.Tests.Reports;

/// <summary>The quarterly report pages over HTTP: who is admitted (R26's role rules), bad input, empty periods.</summary>
public sealed class ReportPagesTests
{
    private const string Q4 = "/reports/quarterly?jurisdiction=riverside&quarter=2026Q4";

    [Fact]
    public async Task Nobody_signed_in_gets_401_and_no_figures()
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(host.Bot.CreateClient(), Q4);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Sign in to see reports.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_whose_role_has_no_reports_gets_403_and_sees_nothing()
    {
        await using var host = await SeededAsync();
        foreach (var who in new[] { host.World.ProgramAdministrator.AadObjectId, "aad-nobody-we-know" })
        {
            var (status, body) = await GetAsync(await host.SignedInAsAsync(who), Q4);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains("You do not have access to these reports.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("North Unit", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_jurisdictions_key_gets_403_even_for_the_director_of_quality()
    {
        await using var host = await SeededAsync();
        await using (var db = host.World.Context())
        {
            db.Jurisdictions.Add(Jurisdiction.Create("lakeside", "Lakeside County", "America/Chicago", new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency));
            await db.SaveChangesAsync(Ct);
        }
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        foreach (var url in new[] { "/reports/quarterly?jurisdiction=lakeside&quarter=2026Q4", "/reports/quarterly.xlsx?jurisdiction=lakeside&quarter=2026Q4" })
        {
            var (status, body) = await GetAsync(client, url);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.DoesNotContain("completed reviews", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/reports/quarterly?jurisdiction=riverside&quarter=2026Q5")]
    [InlineData("/reports/quarterly?jurisdiction=riverside&quarter=Q4-2026")]
    [InlineData("/reports/quarterly?jurisdiction=riverside")]
    [InlineData("/reports/quarterly.csv?jurisdiction=riverside&quarter=1999Q1")]
    public async Task A_malformed_quarter_gets_400_naming_the_expected_format_R26(string url)
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The quarter must be written YYYYQn, for example 2026Q4", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarter_with_no_reviews_says_so_and_never_shows_zero_percent_R26()
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/quarterly?jurisdiction=riverside&quarter=2026Q1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No reviews in this period (2026Q1).", body, StringComparison.Ordinal);
        Assert.DoesNotContain("0% (", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Results by question", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_director_of_quality_sees_the_whole_jurisdiction_R26()
    {
        await using var host = await SeededAsync();
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), Q4);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("3 completed reviews; 1 of them lacked the information to decide.", body, StringComparison.Ordinal);
        Assert.Contains("<th>North Unit</th>", body, StringComparison.Ordinal);
        Assert.Contains("<th>South Unit</th>", body, StringComparison.Ordinal);
        // q1 in the South: 0 Yes of 1; the pairing sends South to North on q1.
        Assert.Contains("0% (0/1)", body, StringComparison.Ordinal);
        Assert.Contains("<td>South Unit (0%)</td><td>North Unit (100%)</td>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_is_drawn_by_ScottPlot_named_with_its_figures_each_linked_to_its_reviews_R26()
    {
        await using var host = await SeededAsync();
        var (_, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), Q4);
        var figures = "Yes share over all questions: 2026Q1 no reviews, 2026Q2 no reviews, 2026Q3 100%, 2026Q4 88%";
        Assert.Contains($"role=\"img\" aria-label=\"{figures}\"", body, StringComparison.Ordinal);
        Assert.Matches(@"<text[^>]*>\s*no reviews\s*</text>", body);
        Assert.Contains("<li>2026Q1: no reviews</li>", body, StringComparison.Ordinal);
        Assert.Contains("class=\"trend-point\">88%</a>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ProgramDirector", 2, "North Unit", "South Unit")]
    [InlineData("NorthSupervisor", 2, "North Unit", "South Unit")]
    [InlineData("SouthSupervisor", 1, "South Unit", "North Unit")]
    public async Task Program_directors_and_supervisors_see_their_units_only(string who, int reviews, string seen, string unseen)
    {
        await using var host = await SeededAsync();
        var person = who switch { "ProgramDirector" => host.World.ProgramDirector, "NorthSupervisor" => host.World.NorthSupervisor, _ => host.World.SouthSupervisor };
        var (status, body) = await GetAsync(await host.SignedInAsAsync(person), Q4);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"{reviews} completed reviews;", body, StringComparison.Ordinal);
        Assert.Contains($"<th>{seen}</th>", body, StringComparison.Ordinal);
        Assert.DoesNotContain(unseen, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caseworker_sees_only_the_results_of_reviews_of_their_own_cases()
    {
        await using var host = await SeededAsync();
        var client = await host.SignedInAsAsync(host.World.SouthWorker);
        var (status, body) = await GetAsync(client, Q4);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("1 completed reviews; 1 of them lacked the information to decide.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("North Unit", body, StringComparison.Ordinal);
        var (_, front) = await GetAsync(client, "/reports");
        Assert.Contains("You see the results of the reviews of your own cases.", front, StringComparison.Ordinal);
    }
}
