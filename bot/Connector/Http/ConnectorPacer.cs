using CaseCoach.Core.Outbox;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Keeps outbound Connector calls inside Teams' rate limits (bot-protocol.md §6): per conversation
/// <see cref="OutboxOptions.PerConversationPerSecond"/> in any second and <see cref="OutboxOptions.PerConversationPerHour"/>
/// in any hour, per app and tenant <see cref="OutboxOptions.PerTenantPerSecond"/> in any second. Sliding windows,
/// like Teams counts them: a call is given the earliest time at which every window it falls in still has room, and that
/// time is reserved for it, so concurrent callers are spread out rather than all told "now". A 429 or 503 with
/// Retry-After holds the conversation until then. One per process; times come from the TimeProvider.
/// </summary>
public sealed class ConnectorPacer
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Lane> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, string Conversation), Lane> conversations = new();
    private readonly TimeProvider time;
    private readonly int perConversationPerSecond;
    private readonly int perConversationPerHour;
    private readonly int perTenantPerSecond;
    private readonly long second;
    private readonly long hour;
    private long nextCleanup;

    public ConnectorPacer(IOptions<OutboxOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        this.time = time;
        perConversationPerSecond = o.PerConversationPerSecond;
        perConversationPerHour = o.PerConversationPerHour;
        perTenantPerSecond = o.PerTenantPerSecond;
        second = (long)(Second.Ticks * (1 + o.PacingHeadroom));
        hour = (long)(Hour.Ticks * (1 + o.PacingHeadroom));
    }

    /// <summary>
    /// Reserves the earliest allowed send time for one call and returns how long to wait for it; when that is longer
    /// than <paramref name="maxWait"/>, reserves nothing and returns the wait as <see cref="Reservation.TooLong"/>.
    /// </summary>
    /// <param name="conversation">The conversation (thread) id; null for calls that have none (create conversation).</param>
    public Reservation Reserve(string? tenant, string? conversation, TimeSpan maxWait)
    {
        var now = time.GetUtcNow().UtcTicks;
        lock (gate)
        {
            CleanUp(now);
            var tenantLane = LaneOf(tenants, tenant ?? "");
            var at = now;
            Lane? conversationLane = null;
            if (conversation is { Length: > 0 })
            {
                conversationLane = LaneOf(conversations, (tenant ?? "", conversation));
                at = Math.Max(at, conversationLane.Earliest(now, perConversationPerSecond, second, hour: false));
                at = Math.Max(at, conversationLane.Earliest(now, perConversationPerHour, hour, hour: true));
            }

            // The tenant's slot is found after the conversation's and may come before slots reserved by others (a busy
            // conversation waiting for its window must not hold the whole tenant back).
            at = tenantLane.EarliestFree(now, at, perTenantPerSecond, second);

            var wait = TimeSpan.FromTicks(at - now);
            if (wait > maxWait)
            {
                return new Reservation(wait, TooLong: true);
            }

            tenantLane.Insert(at);
            conversationLane?.Add(at, hour: true);
            conversationLane?.Add(at, hour: false);
            return new Reservation(wait, TooLong: false);
        }
    }

    /// <summary>
    /// Teams said "not before <paramref name="retryAfter"/>": nothing more to this conversation until then (to the tenant
    /// when the call had no conversation). Other conversations go on: Teams rounds Retry-After up to whole seconds, so
    /// holding the whole tenant for one late send would idle 50 sends' worth of budget; a tenant shared with other
    /// instances is kept in budget by Outbox:PerTenantPerSecond instead.
    /// </summary>
    public void Hold(string? tenant, string? conversation, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow().UtcTicks + Math.Max(0, retryAfter.Ticks);
        lock (gate)
        {
            if (conversation is { Length: > 0 })
            {
                LaneOf(conversations, (tenant ?? "", conversation)).Hold(until);
            }
            else
            {
                LaneOf(tenants, tenant ?? "").Hold(until);
            }
        }
    }

    /// <summary>Conversations with a record, for tests of the clean-up.</summary>
    internal int TrackedConversations
    {
        get { lock (gate) { return conversations.Count; } }
    }

    private static Lane LaneOf<TKey>(Dictionary<TKey, Lane> lanes, TKey key) where TKey : notnull
    {
        if (!lanes.TryGetValue(key, out var lane))
        {
            lane = new Lane();
            lanes[key] = lane;
        }

        return lane;
    }

    // Bounded memory: a conversation whose last reserved send is more than an hour ago has nothing left to count.
    private void CleanUp(long now)
    {
        if (now < nextCleanup)
        {
            return;
        }

        nextCleanup = now + Second.Ticks * 60;
        foreach (var (key, lane) in conversations.Where(c => c.Value.IdleSince(now, hour)).ToList())
        {
            conversations.Remove(key);
        }

        foreach (var (key, lane) in tenants.Where(c => c.Value.IdleSince(now, second)).ToList())
        {
            tenants.Remove(key);
        }
    }

    /// <summary>How long to wait before sending; <paramref name="TooLong"/> when nothing was reserved.</summary>
    public readonly record struct Reservation(TimeSpan Wait, bool TooLong);

    /// <summary>The reserved send times of one key, oldest first, per window length.</summary>
    private sealed class Lane
    {
        private readonly List<long> seconds = [];
        private readonly List<long> hours = [];
        private long notBefore;

        public long Earliest(long now, int limit, long window, bool hour)
        {
            var log = hour ? hours : seconds;
            Prune(log, now - window);
            // Sends keep their order: never before the last reservation or a Retry-After hold.
            var at = Math.Max(now, notBefore);
            if (log.Count > 0)
            {
                at = Math.Max(at, log[^1]);
            }

            // (t - window, t] may hold at most limit - 1 others: the limit-th newest must be at or before t - window.
            if (log.Count >= limit)
            {
                at = Math.Max(at, log[log.Count - limit] + window);
            }

            return at;
        }

        public void Add(long at, bool hour) => (hour ? hours : seconds).Add(at);

        /// <summary>
        /// The earliest time from <paramref name="from"/> that does not overfill any window, among reservations that need
        /// not be in order: with fewer than <paramref name="limit"/> others in (t - window, t + window), no window of that
        /// length holding t can hold <paramref name="limit"/> + 1.
        /// </summary>
        public long EarliestFree(long now, long from, int limit, long window)
        {
            Prune(seconds, now - window);
            var at = Math.Max(from, notBefore);
            while (true)
            {
                var low = FirstAfter(seconds, at - window);
                var high = FirstAfter(seconds, at + window - 1);
                if (high - low < limit)
                {
                    return at;
                }

                at = seconds[low] + window;
            }
        }

        /// <summary>Adds a reservation in time order.</summary>
        public void Insert(long at) => seconds.Insert(FirstAfter(seconds, at), at);

        /// <summary>The index of the first entry later than <paramref name="value"/> (the log is sorted).</summary>
        private static int FirstAfter(List<long> log, long value)
        {
            int low = 0, high = log.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (log[middle] <= value) low = middle + 1;
                else high = middle;
            }

            return low;
        }

        public void Hold(long until) => notBefore = Math.Max(notBefore, until);

        public bool IdleSince(long now, long window) =>
            notBefore <= now && (seconds.Count == 0 || seconds[^1] <= now - window) && (hours.Count == 0 || hours[^1] <= now - window);

        private static void Prune(List<long> log, long outside)
        {
            var stale = 0;
            while (stale < log.Count && log[stale] <= outside)
            {
                stale++;
            }

            if (stale > 0)
            {
                log.RemoveRange(0, stale);
            }
        }
    }
}
