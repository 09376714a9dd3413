using System.Globalization;
using CaseCoach.Cards.Delivery;
using CaseCoach.Cards.Text;
using CaseCoach.Cards;
using CaseCoach.Core.Reports.JumpChecks;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews.Calibration;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Cards.Reviews;

/// <summary>R25: calibration or second reviews assigned, as a chat text (its email twin: notice-blind-review-assigned).</summary>
public sealed class BlindReviewAssignedNoticeText(ITextRenderer texts) : INoticeText<BlindReviewAssigned>
{
    public string Render(BlindReviewAssigned notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return texts.Render(new BlindReviewAssignedText(
            notice.Purpose == ReviewPurpose.Calibration ? "calibration" : "secondReview", notice.Reviews, notice.Quarter, Phrasing.Day(notice.DueOn)));
    }
}

/// <summary>R26: a jump flag's secondary review for the senior reviewer, as a chat text (its email twin: notice-jump-check).</summary>
public sealed class JumpCheckNoticeText(ITextRenderer texts) : INoticeText<JumpCheckNotice>
{
    public string Render(JumpCheckNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var flag = notice.Flag;
        return texts.Render(new JumpCheckAssignedText(
            flag.Dimension == JumpDimension.Question ? "question" : "unit", notice.Subject,
            flag.Month.Start.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-US")),
            Phrasing.Percent(flag.Before), Phrasing.Percent(flag.After), notice.Reviews, Phrasing.Day(notice.DueOn)));
    }
}
