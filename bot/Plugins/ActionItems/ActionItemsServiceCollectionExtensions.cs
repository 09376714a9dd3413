namespace CaseCoach.Bot.Plugins.ActionItems;

public static class ActionItemsServiceCollectionExtensions
{
    /// <summary>The services the action-item handlers and sweeps share within a turn or sweep scope.</summary>
    public static IServiceCollection AddActionItemServices(this IServiceCollection services)
    {
        services.AddScoped<ActionItemsContext>();
        services.AddScoped<Proactive>();
        services.AddScoped<ChecklistCards>();
        services.AddScoped<ActionItemsEmails>();
        services.AddScoped<RecordCoaching>();
        services.AddScoped<NoticeSender>();
        services.AddScoped<Escalations>();
        services.AddScoped<CoachingRecordForm>();
        services.AddTransient<Core.Outbox.IOutboxDeliverer, StaffingBookingDeliverer>();
        return services;
    }
}
