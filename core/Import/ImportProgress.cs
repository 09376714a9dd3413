namespace CaseCoach.Core.Import;

/// <summary>Reported every <see cref="Interval"/> rows and once at the end, so a large listing shows it is moving.</summary>
public sealed record ImportProgress(int Processed, int Total)
{
    public const int Interval = 500;
}
