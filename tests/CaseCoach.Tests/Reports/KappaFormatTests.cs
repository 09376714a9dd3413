using CaseCoach.Bot.Reports;
using CaseCoach.Core.Reports.Interrater;

namespace CaseCoach.Tests.Reports;

/// <summary>R25: how an undefined kappa reads next to its percent agreement.</summary>
public sealed class KappaFormatTests
{
    [Fact]
    public void Every_rater_giving_one_answer_reads_as_full_agreement_not_a_bare_dash_R25()
    {
        int[][] allYes = [[3, 0], [3, 0], [3, 0]];
        var kappa = Kappa.Fleiss(allYes);
        Assert.Null(kappa);
        Assert.Equal("– (one answer from all)", ReportFormat.Kappa(kappa, Kappa.PercentAgreement(allYes)));
    }

    [Fact]
    public void Nothing_measured_is_a_dash_and_a_kappa_has_two_decimals_R25()
    {
        Assert.Equal("–", ReportFormat.Kappa(null));
        Assert.Equal("0.21", ReportFormat.Kappa(0.2099));
    }
}
