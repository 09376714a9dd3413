using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoach.Bot.Outbound;

public static class OutboundServiceCollectionExtensions
{
    /// <summary>
    /// The outbound toolkit, scoped so every row lands in the turn's (or sweep's) own CaseCoachDbContext and commits with
    /// its state change. Plugins add their <see cref="IMailComposer{TMail}"/> and <see cref="INoticeCard{TNotice}"/>.
    /// </summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services)
    {
        services.AddScoped<PersonalMessenger>();
        services.AddScoped<DeliveredCards>();
        services.AddScoped<Mailer>();
        services.AddScoped<IMailer>(sp => sp.GetRequiredService<Mailer>());
        services.AddScoped<Notifier>();
        services.AddScoped<INotifier>(sp => sp.GetRequiredService<Notifier>());
        // Delivery: a notice finds its channel (chat, proactive installation, email twin) when the outbox delivers it.
        services.TryAddScoped<DeliveryReceipts>();
        services.TryAddScoped<StuckDeliveries>();
        services.TryAddSingleton<IPersonalChatOpener, NoPersonalChatOpener>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxDeliverer, NoticeDeliverer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxFailureAlarm, StuckAlarm>());
        return services;
    }
}
