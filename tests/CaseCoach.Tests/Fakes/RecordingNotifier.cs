using CaseCoach.Core.Application;

namespace CaseCoach.Tests.Fakes;

/// <summary>The notifier port for core-only tests: keeps every notice queued, in order (the bot's outbox is tested on its own).</summary>
public sealed class RecordingNotifier : INotifier
{
    public List<Notice> Sent { get; } = [];

    public Task<bool> NotifyAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice
    {
        ArgumentNullException.ThrowIfNull(notice);
        Sent.Add(notice);
        return Task.FromResult(true);
    }

    public Task<int> UpdateDeliveredAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice => Task.FromResult(0);
}
