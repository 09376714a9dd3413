using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Import;

/// <summary>Counts outcomes and reports progress every <see cref="ImportProgress.Interval"/> rows and at the end.</summary>
internal sealed class ImportTally(string kind, int total, IProgress<ImportProgress>? progress, ILogger logger)
{
    private readonly List<RowError> _rejected = [];
    private int _added;
    private int _updated;
    private int _unchanged;
    private int _processed;
    private int _lastReported;

    public void Count(RowOutcome outcome)
    {
        switch (outcome)
        {
            case RowOutcome.Added: _added++; break;
            case RowOutcome.Updated: _updated++; break;
            default: _unchanged++; break;
        }

        Step();
    }

    /// <summary>A row refused before any write (validation); it still counts toward progress.</summary>
    public void Reject(RowError error)
    {
        _rejected.Add(error);
        Log.RowRejected(logger, kind, error.Line, error.Reason);
        Step();
    }

    public ImportSummary Finish()
    {
        if (_lastReported != _processed)
            Report();
        Log.ImportFinished(logger, kind, _added, _updated, _unchanged, _rejected.Count);
        return new ImportSummary(_added, _updated, _unchanged, _rejected.OrderBy(e => e.Line).ToArray());
    }

    private void Step()
    {
        _processed++;
        if (_processed % ImportProgress.Interval == 0)
            Report();
    }

    private void Report()
    {
        _lastReported = _processed;
        progress?.Report(new ImportProgress(_processed, total));
    }
}
