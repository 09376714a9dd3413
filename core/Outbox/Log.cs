using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Outbox;

// Row ids and kinds only: payloads and errors can hold names and addresses.
internal static partial class Log
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug,
        Message = "Outbox dispatcher {InstanceId} claimed {Count} row(s)")]
    public static partial void Claimed(ILogger logger, string instanceId, int count);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information,
        Message = "Outbox row {Id} ({Kind}) delivered on attempt {Attempt}")]
    public static partial void Delivered(ILogger logger, long id, string kind, int attempt);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information,
        Message = "Outbox row {Id} ({Kind}) will be retried in {Delay} (attempt {Attempt})")]
    public static partial void Rescheduled(ILogger logger, long id, string kind, TimeSpan delay, int attempt);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning,
        Message = "Outbox row {Id} ({Kind}) failed for good after attempt {Attempt}")]
    public static partial void FailedForGood(ILogger logger, long id, string kind, int attempt);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning,
        Message = "Outbox row {Id} ({Kind}): the claim was lost before the outcome was recorded; another instance owns it")]
    public static partial void ClaimLost(ILogger logger, long id, string kind);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning,
        Message = "Outbox deliverer for {Kind} threw on row {Id}; the row will be retried")]
    public static partial void DelivererThrew(ILogger logger, Exception exception, long id, string kind);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information,
        Message = "Outbox dispatcher {InstanceId} stopping: released {Count} claimed row(s)")]
    public static partial void Released(ILogger logger, string instanceId, int count);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning,
        Message = "Outbox row {Id} failed for good, and telling the QA supervisor about it failed too; `stuck` still lists it")]
    public static partial void AlarmFailed(ILogger logger, Exception exception, long id);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Error,
        Message = "Outbox dispatcher run failed; trying again after the poll interval")]
    public static partial void RunFailed(ILogger logger, Exception exception);
}
