namespace CaseCoach.Core.Scheduling;

/// <summary>R11 and R12: who may be invited to a coaching session, with reasons a person can act on.</summary>
public static class AttendeeRules
{
    /// <summary>The reasons the attendee list is refused; empty when it may be scheduled.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<SlotAttendee> attendees)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var reasons = new List<string>();
        foreach (var role in attendees.Select(a => a.Role).Where(r => r.IsLeadership()).Distinct())
        {
            reasons.Add($"R11: a {role} must not be invited to coaching; leadership's presence reads as punitive.");
        }

        if (!attendees.Any(a => a.Role == AttendeeRole.Supervisor))
        {
            reasons.Add("R12: the caseworker's supervisor must attend coaching; add the supervisor.");
        }

        if (!attendees.Any(a => a.Role.IsQualityTeam()))
        {
            reasons.Add("R11: coaching is led by the quality team; add the QA supervisor or the reviewer.");
        }

        if (attendees.Count(a => a.Role == AttendeeRole.Caseworker) > 1)
        {
            reasons.Add("R11: a session coaches one caseworker; list only the case's caseworker.");
        }

        var repeated = attendees.GroupBy(a => a.Availability.Email, StringComparer.OrdinalIgnoreCase).Count(g => g.Count() > 1);
        if (repeated > 0)
        {
            reasons.Add("Each person may be listed once; remove the repeated attendee.");
        }

        return reasons;
    }
}
