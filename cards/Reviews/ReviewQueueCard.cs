namespace CaseCoach.Cards.Reviews;

/// <summary>The QA supervisor's `review queue` (review-queue.json): cases waiting for a reviewer with free capacity (R1).</summary>
public sealed record ReviewQueueCard(IReadOnlyList<ReviewQueueItem> Cases, int MoreNotShown) : ICardModel
{
    public static string TemplateName => "review-queue";
}

/// <param name="Waiting">E.g. "waiting 3 days".</param>
public sealed record ReviewQueueItem(string CaseName, string CaseNumber, string Score, string RiskFactors, string Jurisdiction, string Waiting, string Kind);
