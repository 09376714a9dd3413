using CaseCoach.Cards.Delivery;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// Port <see cref="INotifier"/>: a notice becomes its card (<see cref="INoticeCard{TNotice}"/>) or text in the person's
/// 1:1 chat, with its email twin (<see cref="Notice.EmailTwin"/>) for when Teams cannot reach them, and its receipts.
/// </summary>
public sealed class Notifier(IServiceProvider services, PersonalMessenger messenger, DeliveredCards delivered) : INotifier
{
    public Task<bool> NotifyAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice
    {
        ArgumentNullException.ThrowIfNull(notice);
        var activity = services.GetService<INoticeText<TNotice>>() is { } text
            ? new Connector.Schema.Activity { Type = "message", Text = text.Render(notice) }
            : PersonalMessenger.CardActivity(CardOf(notice));
        return messenger.SendAsync(notice.Recipient, notice.Cause, activity, notice.EmailTwin, notice.Receipts, cancellationToken, notice.EmailedAlongside);
    }

    public async Task<int> UpdateDeliveredAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (await delivered.FindAsync(notice.Cause, notice.Recipient, cancellationToken) is not { } copy) return 0;
        delivered.Replace(notice.Cause, copy, CardOf(notice), Guid.NewGuid().ToString("N"));
        return 1;
    }

    private System.Text.Json.JsonElement CardOf<TNotice>(TNotice notice) where TNotice : Notice =>
        services.GetRequiredService<INoticeCard<TNotice>>().Render(notice);
}
