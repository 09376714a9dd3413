using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reports.Digest;

/// <summary>
/// The monthly digest to one director of quality: a card in their chat (cards/digest.json), its email twin
/// (cards/email/notice-digest.*) when Teams cannot reach them.
/// </summary>
public sealed record MonthlyDigestNotice(Person Recipient, Cause Cause, MonthlyDigest Digest) : Notice(Recipient, Cause)
{
    public const string CauseName = "digest";

    /// <summary>One cause per jurisdiction and month (digest:riverside:2026-11), so each director hears of a month once.</summary>
    public static Cause CauseOf(Jurisdiction jurisdiction, ReportPeriod month)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(month);
        return new Cause(CauseName, $"{jurisdiction.Key}:{month.Label}");
    }
}
