using System.Net;
using CaseCoach.Core.Reports.Fidelity;
using CaseCoach.Core.Reviews;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using static CaseCoach.Tests.Reports.ReportsHost;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>/reports/fidelity and its assessments over HTTP (R24, R27): figures, downloads, the QA supervisor's ticks.</summary>
public sealed class FidelityPagesTests
{
    private const string Q4 = "?jurisdiction=riverside&quarter=2026Q4";

    /// <summary>As in <see cref="FidelityReportTests"/>: feedback on time for 2 of 4 reviews, coaching on time for 1 of 3.</summary>
    private static async Task<(ReportsHost Host, long NoCoachingReview)> SeededAsync()
    {
        var world = await CreateAsync();
        var first = await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5));
        var onTime = await world.ReviewAsync(world.N2, world.Reviewer1, NewYork(2026, 10, 6), new() { ["q3"] = Answer.No });
        await world.CoachAsync(onTime, NewYork(2026, 10, 16), NewYork(2026, 10, 20));
        var late = await world.ReviewAsync(world.S1, world.Reviewer2, NewYork(2026, 11, 2), new() { ["q1"] = Answer.No });
        await world.CoachAsync(late, NewYork(2026, 11, 22), NewYork(2026, 11, 16));
        await world.ReviewAsync(world.S1, world.Reviewer1, NewYork(2026, 12, 1), new() { ["q2"] = Answer.No });
        var host = await StartAsync(world);
        await host.SetClockAsync(NewYork(2027, 1, 15));
        return (host, first);
    }

    [Fact]
    public async Task The_page_shows_feedback_within_two_weeks_and_each_timeframe_R27_R24()
    {
        var (host, _) = await SeededAsync();
        await using var _ = host;
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.DirectorOfQuality), "/reports/fidelity" + Q4);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Feedback reached the front line within 2 weeks for 50% of the reviews", body, StringComparison.Ordinal);
        Assert.Contains("Coaching within 2 weeks of the review (R13)\n</td><td>1</td><td>2</td><td>0</td><td>33%</td>", body.Replace("\r", ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_quarter_says_no_reviews_and_a_malformed_one_is_400()
    {
        var (host, _) = await SeededAsync();
        await using var _ = host;
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        var (status, body) = await GetAsync(client, "/reports/fidelity?jurisdiction=riverside&quarter=2026Q2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No reviews in this period (2026Q2).", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Feedback reached", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(client, "/reports/fidelity?jurisdiction=riverside&quarter=2026-12")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, "/reports/fidelity?jurisdiction=elsewhere&quarter=2026Q4")).Status);
    }

    [Fact]
    public async Task A_caseworker_sees_only_the_assessments_of_their_own_cases()
    {
        var (host, _) = await SeededAsync();
        await using var _ = host;
        var (status, body) = await GetAsync(await host.SignedInAsAsync(host.World.SouthWorker), "/reports/fidelity" + Q4);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(">RC-3</a></td>", body, StringComparison.Ordinal); // links to the review itself
        Assert.DoesNotContain("RC-1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tick the boxes", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Excel_download_holds_the_timeframes_and_the_assessments_R24()
    {
        var (host, _) = await SeededAsync();
        await using var _ = host;
        var client = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        using var response = await client.GetAsync("/reports/fidelity.xlsx" + Q4, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var feedback = book.Worksheet("Timeframes 2026Q4").RowsUsed().Single(r => r.Cell(1).GetString() == nameof(Timeframe.FeedbackWithinTwoWeeks));
        Assert.Equal((2, 2, 0), ((int)feedback.Cell(2).GetDouble(), (int)feedback.Cell(3).GetDouble(), (int)feedback.Cell(4).GetDouble()));
        Assert.Equal(0.5, feedback.Cell(5).GetDouble(), 6);
        Assert.Equal(5, book.Worksheet("Assessments by review").RowsUsed().Count()); // header + 4 reviews
        var (_, csv) = await GetAsync(client, "/reports/fidelity.csv" + Q4);
        Assert.Contains("FeedbackWithinTwoWeeks,2,2,0,0.5", csv.Split("\r\n"));
    }

    [Fact]
    public async Task The_QA_supervisors_ticks_are_stored_and_raise_the_score_R24()
    {
        var (host, review) = await SeededAsync();
        await using var _ = host;
        var client = await host.SignedInAsAsync(host.World.QaSupervisor);
        var url = $"/reports/fidelity/review/{review}" + Q4;
        var (_, form) = await GetAsync(client, url);
        // No coaching needed: 12 of 20 pre-filled (see FidelityReportTests); item 1's three boxes await ticks.
        Assert.Contains("Score: 12 of 20.", form, StringComparison.Ordinal);

        using var saved = await client.PostAsync(url, Form(AntiforgeryToken(form), shown: ["1a", "1b", "1c", "3c"], holds: ["1a", "1b", "1c"]), Ct);
        var page = await saved.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Your ticks are saved.", page, StringComparison.Ordinal);
        // Item 1: all three boxes = 5; 3c does not hold, item 3 stays 4: 17 of 20.
        Assert.Contains("Score: 17 of 20.", page, StringComparison.Ordinal);
        await using var db = host.World.Context();
        var ticks = await db.Set<FidelityTick>().Where(t => t.ReviewId == review).OrderBy(t => t.BoxId).Select(t => new { t.BoxId, t.Holds }).ToListAsync(Ct);
        Assert.Equal(["1a:True", "1b:True", "1c:True", "3c:False"], ticks.Select(t => $"{t.BoxId}:{t.Holds}"));
        var (_, quarter) = await GetAsync(client, "/reports/fidelity" + Q4);
        Assert.Contains("<td>Pre-coaching session</td><td>", quarter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_QA_supervisor_ticks_and_never_a_prefilled_box_or_without_the_antiforgery_token()
    {
        var (host, review) = await SeededAsync();
        await using var _ = host;
        var url = $"/reports/fidelity/review/{review}" + Q4;
        var director = await host.SignedInAsAsync(host.World.DirectorOfQuality);
        var (_, seen) = await GetAsync(director, url);
        using var notQa = await director.PostAsync(url, Form(AntiforgeryToken(seen), ["1a"], ["1a"]), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, notQa.StatusCode);

        var qa = await host.SignedInAsAsync(host.World.QaSupervisor);
        var (_, form) = await GetAsync(qa, url);
        using var prefilled = await qa.PostAsync(url, Form(AntiforgeryToken(form), ["3a"], []), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, prefilled.StatusCode);
        Assert.Contains("filled from stored events; nothing was saved", await prefilled.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var forged = await qa.PostAsync(url, new FormUrlEncodedContent([new("shown", "1a"), new("holds", "1a")]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        await using var db = host.World.Context();
        Assert.False(await db.Set<FidelityTick>().AnyAsync(Ct));
    }

    private static FormUrlEncodedContent Form(string token, string[] shown, string[] holds) =>
        new(shown.Select(b => new KeyValuePair<string, string>("shown", b))
            .Concat(holds.Select(b => new KeyValuePair<string, string>("holds", b)))
            .Append(new("__RequestVerificationToken", token)));
}
