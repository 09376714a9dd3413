using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Teams;

/// <summary>
/// Who Graph would not install the app for (403 refused, 404 no Teams), remembered for
/// <see cref="TeamsOptions.RememberRefusalFor"/>: a person without a Teams licence gets every notice by email anyway, so
/// asking Graph again for each one only spends its throttling budget. Forgotten after that time, so a licence granted
/// later is found. In memory and bounded: a restart or a full table costs one more attempt, never a lost notice.
/// </summary>
internal sealed class InstallRefusals(IOptions<TeamsOptions> options, TimeProvider time)
{
    /// <summary>Far more people than an agency has; past it, refusals are simply not remembered.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (string Reason, DateTimeOffset Until)> _refused = new(StringComparer.OrdinalIgnoreCase);

    public string? Recall(string aadObjectId)
    {
        if (!_refused.TryGetValue(aadObjectId, out var refusal)) return null;
        if (refusal.Until > time.GetUtcNow()) return refusal.Reason;
        _refused.TryRemove(KeyValuePair.Create(aadObjectId, refusal));
        return null;
    }

    public void Remember(string aadObjectId, string reason)
    {
        var now = time.GetUtcNow();
        if (_refused.Count >= Capacity)
            foreach (var expired in _refused.Where(r => r.Value.Until <= now)) _refused.TryRemove(expired);
        if (_refused.Count < Capacity || _refused.ContainsKey(aadObjectId))
            _refused[aadObjectId] = (reason, now + options.Value.RememberRefusalFor);
    }
}
