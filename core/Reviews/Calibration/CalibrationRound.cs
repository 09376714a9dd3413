namespace CaseCoach.Core.Reviews.Calibration;

/// <summary>
/// R25: a quarter's calibration round of a jurisdiction. The QA supervisor picks 3-5 cases and every reviewer of the
/// jurisdiction reviews each of them blind; the round's reviews point back here (<see cref="Review.CalibrationRoundId"/>).
/// </summary>
public sealed class CalibrationRound
{
    public const int MinCases = 3;
    public const int MaxCases = 5;
    public const int StartedByMaxLength = 200;

    private CalibrationRound() { }

    public long Id { get; private set; }
    public long JurisdictionId { get; private set; }

    /// <summary>The quarter it belongs to, as the reports name it ("2026Q4").</summary>
    public string Quarter { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>An aadObjectId, or the operator's name for the command line.</summary>
    public string StartedBy { get; private set; } = "";

    public static CalibrationRound Start(long jurisdictionId, string quarter, string startedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quarter);
        var by = (startedBy ?? "").Trim();
        return new CalibrationRound
        {
            JurisdictionId = jurisdictionId,
            Quarter = quarter,
            StartedBy = by.Length > StartedByMaxLength ? by[..StartedByMaxLength] : by,
            StartedAt = now,
        };
    }
}
