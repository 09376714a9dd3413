using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Import;

// Counts, line numbers and column names only: the import files hold names, emails and case details.
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Importing {Kind}: {RowCount} row(s)")]
    public static partial void ImportStarted(ILogger logger, string kind, int rowCount);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Imported {Kind}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    public static partial void ImportFinished(ILogger logger, string kind, int added, int updated, int unchanged, int rejected);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Import of {Kind}: line {Line} rejected: {Reason}")]
    public static partial void RowRejected(ILogger logger, string kind, int line, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning,
        Message = "Import of {Kind}: line {Line} could not be saved ({ExceptionType}); the row was rolled back")]
    public static partial void RowNotSaved(ILogger logger, string kind, int line, string exceptionType);
}
