namespace CaseCoach.Core.Import;

internal enum RowOutcome
{
    Added,
    Updated,
    Unchanged,
}
