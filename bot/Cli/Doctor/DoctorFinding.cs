namespace CaseCoach.Bot.Cli.Doctor;

public enum DoctorStatus { Ok, Missing, Wrong }

/// <summary>One line of the doctor's report: a configuration key, its state, and what to do about it.</summary>
public sealed record DoctorFinding(DoctorStatus Status, string Key, string Message)
{
    public static DoctorFinding Ok(string key, string message) => new(DoctorStatus.Ok, key, message);

    public static DoctorFinding Missing(string key, string message) => new(DoctorStatus.Missing, key, message);

    public static DoctorFinding Wrong(string key, string message) => new(DoctorStatus.Wrong, key, message);

    public bool Failed => Status != DoctorStatus.Ok;

    public string Label => Status switch
    {
        DoctorStatus.Ok => "OK",
        DoctorStatus.Missing => "MISSING",
        _ => "WRONG",
    };
}
