using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.ReviewsBehind;
using CaseCoach.Core.Reviews;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>The reviews behind a figure as a pure query: bounded pages, and second reviews never among them (R25).</summary>
public sealed class ReviewsBehindFigurePagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<ReviewsBehindFigure> ListAsync(ReportsWorld world, FigureFilter filter, int page)
    {
        await using var db = world.Context();
        var (list, refusal) = await new ReviewsBehindFigureQuery(db, new ReviewFacts(db), InstrumentCatalog.LoadEmbedded())
            .RunAsync(world.ViewerOf(world.DirectorOfQuality), filter, page, Ct);
        Assert.Null(refusal);
        return list!;
    }

    [Fact]
    public async Task Fifty_one_reviews_are_two_pages_newest_first_R26()
    {
        await using var world = await CreateAsync();
        for (var i = 0; i < 51; i++)
            await world.ReviewAsync(i % 2 == 0 ? world.N1 : world.S1, world.Reviewer1, NewYork(2026, 10, 1).AddHours(i), i == 50 ? new() { ["q2"] = Answer.No } : null);
        Assert.True(ReportPeriod.TryParseQuarter("2026Q4", out var q4));

        var first = await ListAsync(world, new FigureFilter(q4), 1);
        var second = await ListAsync(world, new FigureFilter(q4), 2);
        var no = await ListAsync(world, new FigureFilter(q4, "q2", Answer: Answer.No), 1);

        Assert.Equal((51, 2, 50), (first.Total, first.Pages, first.Rows.Count));
        Assert.Equal((51, 1, 51), (second.Rows.Count + 50, second.FirstShown - 50, second.LastShown));
        Assert.Equal(new DateOnly(2026, 10, 3), first.Rows[0].CompletedOn); // the last, 50 hours after the first
        Assert.Equal(1, no.Total);
        Assert.Equal(new AnswerTally(0, 1, 0), no.Answers);
        Assert.Equal(Answer.No, no.Rows.Single().Answer);
    }
}
