using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Cards.Delivery;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

public static class ActionItemsServiceCollectionExtensions
{
    /// <summary>The services the action-item handlers and sweeps share within a turn or sweep scope.</summary>
    public static IServiceCollection AddActionItemServices(this IServiceCollection services)
    {
        services.AddActionItemUseCases();
        services.AddSingleton<INoticeText<ItemStepNotice>, ItemStepNoticeText>();
        services.AddSingleton<ChecklistView>();
        services.AddSingleton<EscalationView>();
        services.AddScoped<ActionItemCards>();
        services.AddScoped<INoticeCard<EscalationCopy>>(s => s.GetRequiredService<ActionItemCards>());
        services.AddSingleton<INoticeText<DueItemsNotice>, DueItemsNoticeText>();
        services.AddSingleton<ActionItemEmailViews>();
        services.AddScoped<IMailComposer<ActionItemsMail>, ActionItemsEmailComposer>();
        services.AddMailModel<OverdueMail, OverdueEmail>((sp, mail) => sp.GetRequiredService<ActionItemEmailViews>().Of(mail));
        services.AddMailModel<EscalationMail, EscalationEmail>((sp, mail) => sp.GetRequiredService<ActionItemEmailViews>().Of(mail));
        services.AddScoped<INoticeCard<ChecklistCopy>>(s => s.GetRequiredService<ActionItemCards>());
        services.AddSingleton<CoachingRecordView>();
        services.AddScoped<CoachingRecordForm>();
        services.AddScoped<INoticeCard<Core.Coaching.SessionRecordNotice>, SessionRecordNoticeCard>();
        services.AddScoped<Core.Application.IEventBooker, Calendar.OutboxEventBooker>();
        services.AddTransient<Core.Outbox.IOutboxDeliverer, Calendar.StaffingBookingDeliverer>();
        return services;
    }
}
