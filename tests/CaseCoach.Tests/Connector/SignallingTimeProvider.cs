using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoach.Tests.Connector;

/// <summary>
/// A fake clock that reports each timer it creates, so a test can await "the retry is now waiting",
/// check how long it waits, and advance the clock by exactly that much: retries without real delays.
/// </summary>
public sealed class SignallingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created (e.g. a retry delay); fails after 10 s.</summary>
    public async Task<TimeSpan> NextTimerAsync() =>
        await created.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
