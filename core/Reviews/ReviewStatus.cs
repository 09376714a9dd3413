namespace CaseCoach.Core.Reviews;

/// <summary>R6: Assigned and InProgress are "open" (no completion date); Submitted awaits the debrief (R7).</summary>
public enum ReviewStatus
{
    Assigned,
    InProgress,
    Submitted,
    Decided,
}
