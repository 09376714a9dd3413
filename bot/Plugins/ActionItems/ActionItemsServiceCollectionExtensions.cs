using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

public static class ActionItemsServiceCollectionExtensions
{
    /// <summary>The services the action-item handlers and sweeps share within a turn or sweep scope.</summary>
    public static IServiceCollection AddActionItemServices(this IServiceCollection services)
    {
        services.AddScoped<ActionItemsContext>();
        services.AddScoped<Proactive>();
        services.AddScoped<ActionItemCalendar>();
        services.AddScoped<ActionItemWork>();
        services.AddScoped<ReportItemDone>();
        services.AddScoped<ReportBarrier>();
        services.AddScoped<VerifyItem>();
        services.AddScoped<SendBackItem>();
        services.AddScoped<ExtendDueDate>();
        services.AddScoped<ChecklistCards>();
        services.AddScoped<Outbound.INoticeCard<ChecklistCopy>>(s => s.GetRequiredService<ChecklistCards>());
        services.AddScoped<ActionItemsEmails>();
        services.AddScoped<RecordCoaching>();
        services.AddScoped<NoticeSender>();
        services.AddScoped<Escalations>();
        services.AddScoped<CoachingRecordForm>();
        services.AddTransient<Core.Outbox.IOutboxDeliverer, StaffingBookingDeliverer>();
        return services;
    }
}
