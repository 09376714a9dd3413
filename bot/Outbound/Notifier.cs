using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Outbound;

/// <summary>Port <see cref="INotifier"/>: a notice becomes its card (<see cref="INoticeCard{TNotice}"/>) in the person's 1:1 chat.</summary>
public sealed class Notifier(IServiceProvider services, PersonalMessenger messenger, DeliveredCards delivered) : INotifier
{
    public Task<bool> NotifyAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (services.GetService<INoticeText<TNotice>>() is { } text)
            return messenger.SendTextAsync(notice.Recipient, notice.Cause, text.Render(notice), cancellationToken);
        return messenger.SendCardAsync(notice.Recipient, notice.Cause, CardOf(notice), cancellationToken);
    }

    public async Task<int> UpdateDeliveredAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice
    {
        ArgumentNullException.ThrowIfNull(notice);
        var copies = await delivered.FindAsync(notice.Cause, cancellationToken);
        if (copies.Count == 0) return 0;
        var card = CardOf(notice);
        var revision = Guid.NewGuid().ToString("N");
        foreach (var copy in copies) delivered.Replace(notice.Cause, copy, card, revision);
        return copies.Count;
    }

    private System.Text.Json.JsonElement CardOf<TNotice>(TNotice notice) where TNotice : Notice =>
        services.GetRequiredService<INoticeCard<TNotice>>().Render(notice);
}
