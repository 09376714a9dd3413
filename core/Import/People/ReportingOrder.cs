namespace CaseCoach.Core.Import.People;

/// <summary>
/// Orders people so each supervisor named in the same file is written before the people who report to
/// them: the file may list them in any order. A reporting cycle within the file cannot be written
/// in any order, so the row that closes it is rejected.
/// </summary>
internal static class ReportingOrder
{
    public static IReadOnlyList<PersonRow> Sort(
        IReadOnlyList<PersonRow> rows, IReadOnlyDictionary<string, PersonRow> byEmail, ICollection<RowError> rejected)
    {
        var ordered = new List<PersonRow>(rows.Count);
        var state = new Dictionary<PersonRow, bool>(); // false = being visited, true = placed
        foreach (var row in rows)
            Visit(row);
        return ordered;

        void Visit(PersonRow row)
        {
            if (state.ContainsKey(row))
                return;
            state[row] = false;
            if (row.SupervisorEmail is { } email && byEmail.TryGetValue(email, out var supervisor))
            {
                if (state.TryGetValue(supervisor, out var placed) && !placed)
                {
                    rejected.Add(new RowError(row.Line,
                        $"supervisorEmail on line {row.Line} closes a reporting cycle with line {supervisor.Line}"));
                    state[row] = true;
                    return;
                }

                Visit(supervisor);
            }

            state[row] = true;
            ordered.Add(row);
        }
    }
}
