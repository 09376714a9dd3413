namespace CaseCoach.Bot.Demo;

/// <summary>
/// The Entra object ids of the demo people, so a demo (curl, the Emulator) can act as each of them
/// by putting the id in from.aadObjectId. Fictional; they exist in no tenant.
/// </summary>
public static class DemoPeople
{
    public const string Reviewer = "00000000-0000-0000-0000-00000000a001";
    public const string SecondReviewer = "00000000-0000-0000-0000-00000000a002";
    public const string QaSupervisor = "00000000-0000-0000-0000-00000000a003";
    public const string Caseworker = "00000000-0000-0000-0000-00000000b001";
    public const string Supervisor = "00000000-0000-0000-0000-00000000b002";
    public const string SouthCaseworker = "00000000-0000-0000-0000-00000000b003";
    public const string SouthSupervisor = "00000000-0000-0000-0000-00000000b004";
    public const string ProgramAdministrator = "00000000-0000-0000-0000-00000000c001";
    public const string ProgramDirector = "00000000-0000-0000-0000-00000000c002";
    public const string DirectorOfQuality = "00000000-0000-0000-0000-00000000c003";
}
