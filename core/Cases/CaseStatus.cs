namespace CaseCoach.Core.Cases;

/// <summary>R2: reviews recur until the case closes.</summary>
public enum CaseStatus
{
    Open,
    Closed,
}
