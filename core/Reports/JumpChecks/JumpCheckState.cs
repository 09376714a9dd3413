namespace CaseCoach.Core.Reports.JumpChecks;

/// <summary>
/// R26: how far a flag's secondary review has got: of <see cref="Reviews"/> sampled second reviews, <see cref="Submitted"/>
/// are in. Closed when all are (a check that found none of the month's reviews to sample is closed at once).
/// </summary>
public sealed record JumpCheckState(string Key, string SeniorReviewerName, int Reviews, int Submitted)
{
    public bool IsClosed => Submitted >= Reviews;
}
