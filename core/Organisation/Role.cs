namespace CaseCoach.Core.Organisation;

/// <summary>The roles of domain.md "People and roles"; the names are the people CSV's `role` values.</summary>
public enum Role
{
    Reviewer,
    QaSupervisor,
    Caseworker,
    Supervisor,
    ProgramAdministrator,
    ProgramDirector,
    DirectorOfQuality,
}
