namespace CaseCoach.Core.ActionItems;

/// <summary>R18: an item is reported done by the caseworker, then verified by the reviewer; two distinct steps.</summary>
public enum ActionItemStatus
{
    Open,
    ReportedDone,
    Verified,
}
