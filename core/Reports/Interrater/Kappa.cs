namespace CaseCoach.Core.Reports.Interrater;

/// <summary>
/// R25: agreement statistics. Fleiss' kappa for many raters per subject (a calibration round, where every reviewer
/// reviews the same cases), Cohen's kappa for two (a senior reviewer's second review). Null when undefined
/// (no subjects, or chance agreement is already perfect).
/// </summary>
public static class Kappa
{
    /// <summary>
    /// <paramref name="counts"/>[subject][category] = how many raters put the subject in that category; every
    /// subject must have the same number of raters (Fleiss 1971).
    /// </summary>
    public static double? Fleiss(IReadOnlyList<IReadOnlyList<int>> counts)
    {
        if (counts.Count == 0) return null;
        var raters = counts[0].Sum();
        if (raters < 2 || counts.Any(row => row.Sum() != raters))
            throw new ArgumentException("Fleiss' kappa needs the same number (at least 2) of raters for every subject.", nameof(counts));
        var categories = counts[0].Count;
        double n = raters, subjects = counts.Count;
        var observed = counts.Average(row => (row.Sum(c => (double)c * c) - n) / (n * (n - 1)));
        var chance = Enumerable.Range(0, categories)
            .Select(j => counts.Sum(row => row[j]) / (subjects * n)).Sum(p => p * p);
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    /// <summary>Share of subjects on which all raters agree (the plain figure next to kappa).</summary>
    public static double? PercentAgreement(IReadOnlyList<IReadOnlyList<int>> counts) =>
        counts.Count == 0 ? null : counts.Count(row => row.Count(c => c > 0) == 1) / (double)counts.Count;

    /// <summary>Cohen's kappa over paired labels of the same subjects by two raters.</summary>
    public static double? Cohen<T>(IReadOnlyList<(T First, T Second)> pairs) where T : notnull
    {
        if (pairs.Count == 0) return null;
        double total = pairs.Count;
        var observed = pairs.Count(p => EqualityComparer<T>.Default.Equals(p.First, p.Second)) / total;
        var chance = pairs.Select(p => p.First).Concat(pairs.Select(p => p.Second)).Distinct()
            .Sum(label => pairs.Count(p => EqualityComparer<T>.Default.Equals(p.First, label)) / total
                        * (pairs.Count(p => EqualityComparer<T>.Default.Equals(p.Second, label)) / total));
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }
}
