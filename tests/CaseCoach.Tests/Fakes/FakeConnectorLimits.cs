namespace CaseCoach.Tests.Fakes;

/// <summary>
/// Teams' bot rate limits as the fake Connector enforces them when <see cref="FakeConnector.Limits"/> is set (bot-protocol.md
/// §6): at most <paramref name="PerConversationPerSecond"/> calls to one conversation in any second (sliding, (now - 1 s, now]),
/// <paramref name="PerConversationPerHour"/> in any hour, and <paramref name="PerAppPerSecond"/> calls in any second for the
/// whole app and tenant (the fake serves one). A call over a limit is answered 429 with the Retry-After (whole seconds,
/// rounded up) after which it would have fit, and is not counted. Times come from <paramref name="Clock"/>, so a test
/// can run the limits on a virtual clock. Called under the fake's lock.
/// </summary>
public sealed class FakeConnectorLimits(int PerConversationPerSecond, int PerConversationPerHour, int PerAppPerSecond, TimeProvider Clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly Queue<DateTimeOffset> app = new();
    private readonly Dictionary<string, (Queue<DateTimeOffset> Second, Queue<DateTimeOffset> Hour)> conversations = new(StringComparer.Ordinal);

    /// <summary>Calls answered 429 by these limits.</summary>
    public int Throttled { get; private set; }

    /// <summary>Calls let through, per conversation id (as sent, percent-encoded).</summary>
    public Dictionary<string, int> AdmittedPerConversation { get; } = new(StringComparer.Ordinal);

    /// <summary>Arrival times of the calls let through, in order.</summary>
    public List<DateTimeOffset> AdmittedAt { get; } = [];

    /// <returns>null when the call is admitted (and counted); otherwise how long until it would fit.</returns>
    public TimeSpan? Admit(string? conversation)
    {
        var now = Clock.GetUtcNow();
        var wait = Wait(app, now, Second, PerAppPerSecond);
        (Queue<DateTimeOffset> Second, Queue<DateTimeOffset> Hour) logs = default;
        if (conversation is not null)
        {
            if (!conversations.TryGetValue(conversation, out logs))
            {
                logs = (new Queue<DateTimeOffset>(), new Queue<DateTimeOffset>());
                conversations[conversation] = logs;
            }

            wait = Max(wait, Max(Wait(logs.Second, now, Second, PerConversationPerSecond), Wait(logs.Hour, now, Hour, PerConversationPerHour)));
        }

        if (wait is not null)
        {
            Throttled++;
            return wait;
        }

        app.Enqueue(now);
        AdmittedAt.Add(now);
        if (conversation is not null)
        {
            logs.Second!.Enqueue(now);
            logs.Hour!.Enqueue(now);
            AdmittedPerConversation[conversation] = AdmittedPerConversation.GetValueOrDefault(conversation) + 1;
        }

        return null;
    }

    private static TimeSpan? Wait(Queue<DateTimeOffset> log, DateTimeOffset now, TimeSpan window, int limit)
    {
        while (log.Count > 0 && log.Peek() <= now - window)
        {
            log.Dequeue();
        }

        return log.Count < limit ? null : log.ElementAt(log.Count - limit) + window - now;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
