using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reviews.Intake;

/// <summary>A review the intake run gives to <see cref="Reviewer"/>; <see cref="PreviousReviewerId"/> is null for a first review.</summary>
public sealed record PlannedReview(
    Case Case, Jurisdiction Jurisdiction, Instrument Instrument, DateOnly DueOn, Person Reviewer, long? PreviousReviewerId, int PreviousReviews);

/// <summary>A case whose review is due for assignment but no reviewer of its jurisdiction has free capacity (R1).</summary>
public sealed record QueuedCase(
    string CaseNumber, string CaseName, decimal Score, IReadOnlyList<string> RiskFactors, string JurisdictionKey,
    DateOnly DueOn, DateOnly WaitingSince, int DaysWaiting, bool FirstReview);

/// <summary>One intake run's decisions, before anything is written.</summary>
/// <param name="Waiting">The waiting cases asked for, highest priority first.</param>
/// <param name="WaitingCount">Every case waiting, listed or not.</param>
public sealed record IntakePlan(IReadOnlyList<PlannedReview> Assign, IReadOnlyList<QueuedCase> Waiting, int WaitingCount, int UnservedCases);
