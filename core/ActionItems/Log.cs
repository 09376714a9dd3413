using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.ActionItems;

internal static partial class Log
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Action-item sweep sent {Kind} notices for {Count} item(s)")]
    public static partial void NoticesSent(ILogger logger, string kind, int count);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Debug, Message = "Action-item {Kind} notices were already sent (repeat run or another instance)")]
    public static partial void NoticesAlreadySent(ILogger logger, string kind);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Warning, Message = "No program director found for unit {UnitId}: the escalation goes to the director of quality only")]
    public static partial void NoProgramDirector(ILogger logger, long unitId);
}
