namespace CaseCoach.Core.Reviews;

/// <summary>R8: the outcome of the debrief.</summary>
public enum ReviewDecision
{
    NoCoachingNeeded,
    CoachingNeeded,
}
