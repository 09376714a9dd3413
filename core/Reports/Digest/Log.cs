using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Reports.Digest;

internal static partial class Log
{
    [LoggerMessage(EventId = 6801, Level = LogLevel.Information, Message = "Monthly digest {Month} for jurisdiction {Jurisdiction} queued for a director of quality")]
    public static partial void DigestQueued(ILogger logger, string jurisdiction, string month);

    [LoggerMessage(EventId = 6802, Level = LogLevel.Debug, Message = "Monthly digest {Month} for jurisdiction {Jurisdiction} was already queued (repeat run or another instance)")]
    public static partial void DigestAlreadyQueued(ILogger logger, string jurisdiction, string month);
}
