using System.Globalization;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Reviews.Intake;

namespace CaseCoach.Cards.Reviews;

/// <summary>One line of the review queue (R1): the case, its score and risk factors, how long it has waited.</summary>
public sealed class ReviewQueueItems(ITextRenderer texts)
{
    public ReviewQueueItem For(QueuedCase queued)
    {
        ArgumentNullException.ThrowIfNull(queued);
        return new(queued.CaseName, queued.CaseNumber, queued.Score.ToString("0.###", CultureInfo.InvariantCulture),
            string.Join(", ", queued.RiskFactors), queued.JurisdictionKey,
            texts.Render(new QueueWaitText(queued.DaysWaiting)), texts.Render(new QueueKindText(queued.FirstReview)));
    }
}
