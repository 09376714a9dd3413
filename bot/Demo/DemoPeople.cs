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

/// <summary>A demo person as the Playground config and the "who can I be" card show them.</summary>
public sealed record DemoPerson(string AadObjectId, string Email, string Name, string Title);

/// <summary>The demo people the seeder creates (same ids, emails and names as <see cref="DemoDataSeeder"/>).</summary>
public static class DemoDirectory
{
    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        new(DemoPeople.Reviewer, "reviewer@riverside.example", "Jordan Patel", "Quality Reviewer"),
        new(DemoPeople.SecondReviewer, "reviewer2@riverside.example", "Sam Okafor", "Quality Reviewer"),
        new(DemoPeople.QaSupervisor, "qa-supervisor@riverside.example", "Avery Chen", "Quality Review Supervisor"),
        new(DemoPeople.Caseworker, "caseworker@riverside.example", "Dana Lopez", "Case Manager"),
        new(DemoPeople.Supervisor, "supervisor@riverside.example", "Taylor Nguyen", "Case Management Supervisor"),
        new(DemoPeople.SouthCaseworker, "caseworker-south@riverside.example", "Alex Kim", "Case Manager"),
        new(DemoPeople.SouthSupervisor, "supervisor-south@riverside.example", "Jamie Ford", "Case Management Supervisor"),
        new(DemoPeople.ProgramAdministrator, "program-admin@riverside.example", "Riley Brooks", "Program Administrator"),
        new(DemoPeople.ProgramDirector, "program-director@riverside.example", "Casey Morgan", "Program Director"),
        new(DemoPeople.DirectorOfQuality, "quality-director@riverside.example", "Morgan Reyes", "Director of Quality"),
    ];

    public static DemoPerson? Find(string email) =>
        All.FirstOrDefault(p => string.Equals(p.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
}
