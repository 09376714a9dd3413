namespace CaseCoach.Core.Import;

/// <summary>What one import did. Rejected rows are in line order; their reasons name columns, never values.</summary>
public sealed record ImportSummary(int Added, int Updated, int Unchanged, IReadOnlyList<RowError> Rejected)
{
    /// <summary>Cases: open cases already stored that this listing does not name. They stay open (R1): only status=Closed closes one.</summary>
    public int NotInListing { get; init; }

    public int Total => Added + Updated + Unchanged + Rejected.Count;
}

/// <summary>A row skipped whole. <see cref="Reason"/> is safe to print: it holds line and column names, not values.</summary>
public sealed record RowError(int Line, string Reason);
