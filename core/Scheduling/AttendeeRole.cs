namespace CaseCoach.Core.Scheduling;

/// <summary>The part a person plays in a coaching session; the names match the people CSV's role column.</summary>
public enum AttendeeRole
{
    QaSupervisor,
    Reviewer,
    Caseworker,

    /// <summary>The caseworker's direct supervisor.</summary>
    Supervisor,
    ProgramAdministrator,
    ProgramDirector,
    DirectorOfQuality,
}

public static class AttendeeRoles
{
    /// <summary>R11: leadership is never invited to coaching, because its presence reads as punitive.</summary>
    public static bool IsLeadership(this AttendeeRole role) =>
        role is AttendeeRole.ProgramAdministrator or AttendeeRole.ProgramDirector or AttendeeRole.DirectorOfQuality;

    public static bool IsQualityTeam(this AttendeeRole role) => role is AttendeeRole.QaSupervisor or AttendeeRole.Reviewer;

    /// <summary>R12: everyone but the caseworker must be free; the caseworker is preferred, not required.</summary>
    public static bool IsRequiredAtCoaching(this AttendeeRole role) => role is not AttendeeRole.Caseworker;
}
