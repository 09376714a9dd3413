namespace CaseCoach.Core.Reports.Interrater;

/// <summary>R25: how far the reviewers of a round agree on one question across the round's cases.</summary>
/// <param name="PercentAgreement">Share of the cases on which every reviewer gave the same answer.</param>
/// <param name="FleissKappa">Null when undefined (every answer the same category, so chance agreement is perfect).</param>
public sealed record QuestionAgreement(ReportQuestion Question, int Cases, double? PercentAgreement, double? FleissKappa);

/// <summary>
/// R25: one calibration round. Blind: while <see cref="IsComplete"/> is false no figure is computed, so nobody sees
/// anything of another's answers until every review is in.
/// </summary>
public sealed record RoundAgreement(long RoundId, DateTimeOffset StartedAt, IReadOnlyList<string> CaseNumbers, int Reviewers,
    int Expected, int Submitted, IReadOnlyList<QuestionAgreement> Questions)
{
    public const int SideBySide = 3;

    public bool IsComplete => Expected > 0 && Submitted == Expected;

    private IEnumerable<QuestionAgreement> Ranked => Questions.Where(q => q.PercentAgreement is not null)
        .OrderByDescending(q => q.PercentAgreement).ThenByDescending(q => q.FleissKappa ?? 1).ThenBy(q => q.Question.Number);

    /// <summary>The questions the team agrees on most (at most <see cref="SideBySide"/>).</summary>
    public IReadOnlyList<QuestionAgreement> Strengths => Ranked.Take(Math.Min(SideBySide, Questions.Count / 2)).ToList();

    /// <summary>The questions the team agrees on least, lowest first, never one of the strengths.</summary>
    public IReadOnlyList<QuestionAgreement> Opportunities => Ranked.Reverse().Take(Math.Min(SideBySide, Questions.Count / 2)).ToList();
}

/// <summary>R25: a new reviewer's answers against the senior reviewer's second reviews of the same reviews.</summary>
/// <param name="Answers">Question answers compared (reviews x questions).</param>
public sealed record ReviewerAgreement(long ReviewerId, string ReviewerName, int Reviews, int Answers, double? PercentAgreement, double? CohenKappa);

/// <summary>R25: a quarter's interrater reliability; <see cref="HasCalibration"/> false means "no calibration reviews in this period", never 0%.</summary>
public sealed record InterraterReport(ReportPeriod Quarter, IReadOnlyList<RoundAgreement> Rounds, IReadOnlyList<ReviewerAgreement> NewReviewers)
{
    public bool HasCalibration => Rounds.Count > 0 || NewReviewers.Count > 0;
}
