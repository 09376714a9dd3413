using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

public static class ActionItemsServiceCollectionExtensions
{
    /// <summary>The services the action-item handlers and sweeps share within a turn or sweep scope.</summary>
    public static IServiceCollection AddActionItemServices(this IServiceCollection services)
    {
        services.AddScoped<ActionItemCalendar>();
        services.AddScoped<ActionItemWork>();
        services.AddScoped<ReportItemDone>();
        services.AddScoped<ReportBarrier>();
        services.AddScoped<VerifyItem>();
        services.AddScoped<SendBackItem>();
        services.AddScoped<ItemStepNotices>();
        services.AddSingleton<Outbound.INoticeText<ItemStepNotice>, ItemStepNoticeText>();
        services.AddScoped<ExtendDueDate>();
        services.AddScoped<EscalationRecipients>();
        services.AddScoped<EscalateOverdueItems>();
        services.AddScoped<SendDueNotices>();
        services.AddScoped<RemindAboutDueItems>();
        services.AddScoped<ScheduleAccountabilityStaffing>();
        services.AddScoped<ChecklistCards>();
        services.AddScoped<EscalationNoticeCard>();
        services.AddScoped<Outbound.INoticeCard<EscalationCopy>>(s => s.GetRequiredService<EscalationNoticeCard>());
        services.AddSingleton<Outbound.INoticeText<DueItemsNotice>, DueItemsNoticeText>();
        services.AddSingleton<Outbound.IMailComposer<ActionItemsMail>, ActionItemsComposer>();
        services.AddSingleton<Outbound.IMailComposer<OverdueMail>, OverdueComposer>();
        services.AddSingleton<Outbound.IMailComposer<EscalationMail>, EscalationComposer>();
        services.AddScoped<Outbound.INoticeCard<ChecklistCopy>>(s => s.GetRequiredService<ChecklistCards>());
        services.AddScoped<RecordCoachingSession>();
        services.AddScoped<CoachingRecordForm>();
        services.AddTransient<Core.Outbox.IOutboxDeliverer, StaffingBookingDeliverer>();
        return services;
    }
}
