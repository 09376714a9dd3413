using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// Who may take which step on an action item. R18/R19: the case's caseworker and supervisor report (done or a
/// barrier); the reviewer of the coaching record verifies, sends back and extends. A QA supervisor leads the
/// reviewers and may stand in for the reviewer (e.g. when they are away); nobody else may.
/// </summary>
public static class ActionItemRoles
{
    public static bool CanReport(Person person, Case @case) =>
        person.Id == @case.CaseworkerId || person.Id == @case.SupervisorId;

    public static bool CanReview(Person person, CoachingRecord record) =>
        person.Id == record.ReviewerId || person.Role == Role.QaSupervisor;

    /// <summary>R22: the staffing is booked by the people it is escalated to.</summary>
    public static bool CanScheduleStaffing(Person person) =>
        person.Role is Role.DirectorOfQuality or Role.ProgramDirector;
}
