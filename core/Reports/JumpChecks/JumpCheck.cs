namespace CaseCoach.Core.Reports.JumpChecks;

/// <summary>
/// R26 (seed 000: a 50% improvement in one month "should be viewed skeptically and verified through a secondary
/// review"): one jump flag's secondary review. A senior reviewer second-reviews, blind, a sample of the flagged
/// month's reviews (<see cref="Reviews.Review.JumpCheckId"/> points here); the check is closed when every one of them
/// is submitted. <see cref="Key"/> names the flag and is unique, so the sweep opens each flag's check once.
/// </summary>
public sealed class JumpCheck
{
    public const int KeyMaxLength = 160;

    private JumpCheck() { }

    public long Id { get; private set; }

    /// <summary><c>jump:JURISDICTION:2026-11:question:q3</c> or <c>jump:JURISDICTION:2026-11:unit:12</c>.</summary>
    public string Key { get; private set; } = "";
    public long JurisdictionId { get; private set; }

    /// <summary>The flagged month, as the reports name it ("2026-11").</summary>
    public string Month { get; private set; } = "";
    public JumpDimension Dimension { get; private set; }
    public string QuestionId { get; private set; } = "";
    public long? UnitId { get; private set; }
    public long SeniorReviewerId { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    public static string KeyFor(string jurisdictionKey, JumpFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var what = flag.Dimension == JumpDimension.Question ? $"question:{flag.QuestionId}" : $"unit:{flag.UnitId}";
        var key = $"jump:{jurisdictionKey}:{flag.Month.Label}:{what}";
        return key.Length > KeyMaxLength ? key[..KeyMaxLength] : key;
    }

    public static JumpCheck Open(string jurisdictionKey, long jurisdictionId, JumpFlag flag, long seniorReviewerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new JumpCheck
        {
            Key = KeyFor(jurisdictionKey, flag),
            JurisdictionId = jurisdictionId,
            Month = flag.Month.Label,
            Dimension = flag.Dimension,
            QuestionId = flag.QuestionId,
            UnitId = flag.UnitId,
            SeniorReviewerId = seniorReviewerId,
            OpenedAt = now,
        };
    }
}
