using CaseCoach.Core.Audit;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>
/// R24: the QA supervisor's tick on one box of a review's fidelity assessment that no stored event can show
/// (e.g. "the reviewer reviewed all prior abuse reports"). One per review and box; a review's assessment covers
/// its coaching session, so the ticks are kept per session and summed per quarter with the rest.
/// </summary>
public sealed class FidelityTick : AuditedEntity
{
    public const int BoxIdMaxLength = 16;

    private FidelityTick() { }

    public long Id { get; private set; }
    public long ReviewId { get; private set; }
    public string BoxId { get; private set; } = "";
    public bool Holds { get; private set; }
    public long TickedById { get; private set; }
    public DateTimeOffset TickedAt { get; private set; }

    public static FidelityTick Record(long reviewId, string boxId, bool holds, Person by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boxId);
        var tick = new FidelityTick { ReviewId = reviewId, BoxId = boxId, Holds = holds, TickedById = by.Id, TickedAt = at };
        tick.Audited(by.AadObjectId, "fidelity.ticked");
        return tick;
    }

    /// <summary>False when the box already said so (nothing to record).</summary>
    public bool Change(bool holds, Person by, DateTimeOffset at)
    {
        if (Holds == holds) return false;
        (Holds, TickedById, TickedAt) = (holds, by.Id, at);
        Audited(by.AadObjectId, "fidelity.ticked");
        return true;
    }

    protected override string AuditType => "FidelityTick";
    protected override string AuditId => $"{ReviewId}:{BoxId}";
    protected override object AuditDetails() => new { review = ReviewId, box = BoxId, holds = Holds };
}
