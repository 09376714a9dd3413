namespace CaseCoach.Core.Scheduling;

/// <summary>R11 and R12: who may be invited to a coaching session, with reasons a person can act on.</summary>
public static class AttendeeRules
{
    /// <summary>The reasons the attendee list is refused; empty when it may be scheduled.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<SlotAttendee> attendees)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        List<string>? reasons = null;
        void Refuse(string reason)
        {
            reasons ??= [];
            if (!reasons.Contains(reason))
            {
                reasons.Add(reason);
            }
        }

        bool supervisor = false, qualityTeam = false, caseworker = false;
        for (var i = 0; i < attendees.Count; i++)
        {
            var role = attendees[i].Role;
            if (role.IsLeadership())
            {
                Refuse($"R11: a {role} must not be invited to coaching; leadership's presence reads as punitive.");
            }

            if (role == AttendeeRole.Caseworker && caseworker)
            {
                Refuse("R11: a session coaches one caseworker; list only the case's caseworker.");
            }

            supervisor |= role == AttendeeRole.Supervisor;
            qualityTeam |= role.IsQualityTeam();
            caseworker |= role == AttendeeRole.Caseworker;
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(attendees[j].Availability.Email, attendees[i].Availability.Email, StringComparison.OrdinalIgnoreCase))
                {
                    Refuse("Each person may be listed once; remove the repeated attendee.");
                }
            }
        }

        if (!supervisor)
        {
            Refuse("R12: the caseworker's supervisor must attend coaching; add the supervisor.");
        }

        if (!qualityTeam)
        {
            Refuse("R11: coaching is led by the quality team; add the QA supervisor or the reviewer.");
        }

        return (IReadOnlyList<string>?)reasons ?? [];
    }
}
