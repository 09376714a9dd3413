using CaseCoach.Core.Reports.Digest;

namespace CaseCoach.Bot.Plugins.Digest;

/// <summary>The monthly digest's sweep shell: "now" from the bot's clock, the rest is <see cref="SendMonthlyDigests"/>.</summary>
public sealed class MonthlyDigestSweep(SendMonthlyDigests digests, TimeProvider time) : ISweep
{
    public Task RunOnceAsync(CancellationToken cancellationToken) => digests.RunOnceAsync(time.GetUtcNow(), cancellationToken);
}
