namespace CaseCoach.Tests.Outbox.FanOut;

/// <summary>
/// A clock that stands still while code runs and jumps only when told: <see cref="StepAsync"/> waits until the
/// given number of parties are all waiting on one of its timers (a pacing wait, a retry delay, a poll interval),
/// then moves to the earliest due time and fires what is due. Work between waits takes no time, so a run measures
/// only the waits the rate limits impose, deterministically and without real delays.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<Timer> timers = [];
    private DateTimeOffset now = start;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate) { return now; }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Timers waiting to fire.</summary>
    public int Pending
    {
        get { lock (gate) { return timers.Count; } }
    }

    /// <summary>
    /// Once at least <paramref name="waiting"/> timers are pending, advances to the earliest and fires every timer due then.
    /// Fails after <paramref name="timeout"/> of real time with fewer waiting (something is stuck outside the clock).
    /// </summary>
    public async Task StepAsync(int waiting, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await WaitForAsync(waiting, timeout, cancellationToken);
        List<Timer> due;
        lock (gate)
        {
            now = timers.Min(t => t.DueAt) is var next && next > now ? next : now;
            due = timers.Where(t => t.DueAt <= now).ToList();
            foreach (var timer in due)
            {
                timers.Remove(timer);
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>Completes once at least <paramref name="waiting"/> timers are pending.</summary>
    public async Task WaitForAsync(int waiting, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (timers.Count >= waiting)
                {
                    return;
                }

                signal = changed.Task;
            }

            try
            {
                await signal.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Only {Pending} of {waiting} parties were waiting on the clock after {timeout}.");
            }
        }
    }

    private void Schedule(Timer timer, DateTimeOffset? dueAt)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            timers.Remove(timer);
            if (dueAt is { } at)
            {
                timer.DueAt = at;
                timers.Add(timer);
            }

            signal = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    private sealed class Timer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            this.period = period;
            clock.Schedule(this, dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime);
            return true;
        }

        public void Fire()
        {
            if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
            {
                clock.Schedule(this, clock.GetUtcNow() + period);
            }

            callback(state);
        }

        public void Dispose() => clock.Schedule(this, null);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
