namespace CaseCoach.Core.Reports;

/// <summary>
/// What one viewer may see of a jurisdiction's results: all of it (director of quality, QA team), some units
/// (program directors, supervisors), or only the reviews of their own cases (caseworkers). Decided by
/// <see cref="ReportAccess"/> from the signed-in person, never from the request.
/// </summary>
public sealed record ReportScope(long JurisdictionId, IReadOnlyList<long>? UnitIds = null, long? CaseworkerId = null)
{
    public bool IsWholeJurisdiction => UnitIds is null && CaseworkerId is null;

    public static ReportScope Jurisdiction(long jurisdictionId) => new(jurisdictionId);
}
