namespace CaseCoach.Core.Clocks;

/// <summary>The hand-offs of the model that run on a clock (R7, R8, R13, R16, R20, R27).</summary>
public enum HandOffStep
{
    /// <summary>R7, R8: debrief and decision within one business day of the review's submission.</summary>
    Decision,

    /// <summary>R13, R14: the coaching request answered within two business days; the same day with a safety concern.</summary>
    CoachingRequest,

    /// <summary>R13: the session held within two weeks of the review; one business day with a safety concern.</summary>
    CoachingSession,

    /// <summary>R16: the session documented and its action items entered within two business days.</summary>
    Documentation,

    /// <summary>R20: a reported barrier addressed (extension or escalation) within one business day of the due date.</summary>
    Barrier,

    /// <summary>R27: feedback reaches the front line within two weeks of every review.</summary>
    Feedback,
}

/// <summary>The two moments of a clock: the holder is nudged when it runs out, the QA supervisor is told a business day later.</summary>
public enum HandOffStage
{
    Nudge,
    SupervisorTold,
}

public static class HandOffSteps
{
    /// <summary>Stable, lower-camel names: they go into notice keys, outbox causes and fidelity-event kinds.</summary>
    public static string Name(this HandOffStep step) => step switch
    {
        HandOffStep.Decision => "decision",
        HandOffStep.CoachingRequest => "coachingRequest",
        HandOffStep.CoachingSession => "coachingSession",
        HandOffStep.Documentation => "documentation",
        HandOffStep.Barrier => "barrier",
        _ => "feedback",
    };

    public static string Name(this HandOffStage stage) => stage == HandOffStage.Nudge ? "nudge" : "supervisor";
}
