namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>Examines one area of the configuration. Never prints secrets, only whether they are set.</summary>
public interface IDoctorCheck
{
    IEnumerable<DoctorFinding> Run(DoctorContext context);
}
