using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Clocks;

internal static partial class Log
{
    [LoggerMessage(EventId = 6601, Level = LogLevel.Information, Message = "Hand-off clock {Step} ran out: {Stage} sent")]
    public static partial void StageFired(ILogger logger, string step, string stage);

    [LoggerMessage(EventId = 6602, Level = LogLevel.Debug, Message = "Hand-off clock {Step} {Stage} was already sent (repeat run or another instance)")]
    public static partial void StageAlreadyFired(ILogger logger, string step, string stage);
}
