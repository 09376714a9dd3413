using CaseCoach.Core.Application;

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
        return services;
    }
}
