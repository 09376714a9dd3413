using CaseCoach.Core.Reports.Interrater;

namespace CaseCoach.Tests.Reports;

/// <summary>R25: agreement statistics against published worked examples.</summary>
public sealed class KappaTests
{
    /// <summary>Fleiss (1971), as worked on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters, 5 categories.</summary>
    private static readonly int[][] Fleiss1971 =
    [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ];

    [Fact]
    public void Fleiss_kappa_matches_the_published_example_R25() =>
        Assert.Equal(0.210, Kappa.Fleiss(Fleiss1971)!.Value, 3);

    [Fact]
    public void Percent_agreement_counts_subjects_every_rater_put_in_one_category_R25() =>
        Assert.Equal(0.1, Kappa.PercentAgreement(Fleiss1971)!.Value, 6);

    /// <summary>Wikipedia's "Cohen's kappa" example: 50 proposals, 20 yes/yes, 15 no/no, 5 yes/no, 10 no/yes: kappa 0.4.</summary>
    [Fact]
    public void Cohen_kappa_matches_the_published_example_R25()
    {
        var pairs = Enumerable.Repeat(("yes", "yes"), 20).Concat(Enumerable.Repeat(("no", "no"), 15))
            .Concat(Enumerable.Repeat(("yes", "no"), 5)).Concat(Enumerable.Repeat(("no", "yes"), 10)).ToList();
        Assert.Equal(0.4, Kappa.Cohen(pairs)!.Value, 6);
    }

    [Fact]
    public void Kappa_is_undefined_when_everyone_always_answers_the_same() =>
        Assert.Null(Kappa.Fleiss([[3, 0], [3, 0]]));
}
