using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Teams;

/// <summary>
/// Who Graph would not install the app for (403 refused, 404 no Teams), remembered for
/// <see cref="TeamsOptions.RememberRefusalFor"/>: a person without a Teams licence gets every notice by email anyway, so
/// asking Graph again for each one only spends its throttling budget. Forgotten after that time, so a licence granted
/// later is found. In memory and bounded (as <c>SeenConversations</c>): a restart or a full cache costs one more
/// attempt, never a lost notice. The time is the bot's clock, so the cache's own expiry is only a backstop.
/// </summary>
internal sealed class InstallRefusals(IOptions<TeamsOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>Far more people than an agency has; past it, refusals are simply not remembered.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache _refused = new(new MemoryCacheOptions { SizeLimit = Capacity });

    private sealed record Refusal(string Reason, DateTimeOffset Until);

    public string? Recall(string aadObjectId) =>
        _refused.TryGetValue(Key(aadObjectId), out Refusal? refusal) && refusal!.Until > time.GetUtcNow() ? refusal.Reason : null;

    public void Remember(string aadObjectId, string reason) =>
        _refused.Set(Key(aadObjectId), new Refusal(reason, time.GetUtcNow() + options.Value.RememberRefusalFor),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.Value.RememberRefusalFor });

    public void Dispose() => _refused.Dispose();

    private static string Key(string aadObjectId) => aadObjectId.ToUpperInvariant();
}
