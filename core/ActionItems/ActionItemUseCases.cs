using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Core.ActionItems;

public static class ActionItemUseCases
{
    /// <summary>The action-item use cases (R15-R24), one scoped class a step, and the helpers they share within a turn or sweep.</summary>
    public static IServiceCollection AddActionItemUseCases(this IServiceCollection services)
    {
        services.AddScoped<ActionItemCalendar>();
        services.AddScoped<ActionItemWork>();
        services.AddScoped<ReportItemDone>();
        services.AddScoped<ReportBarrier>();
        services.AddScoped<VerifyItem>();
        services.AddScoped<SendBackItem>();
        services.AddScoped<ItemStepNotices>();
        services.AddScoped<ExtendDueDate>();
        services.AddScoped<EscalationRecipients>();
        services.AddScoped<EscalateOverdueItems>();
        services.AddScoped<SendDueNotices>();
        services.AddScoped<NoticeCandidates>();
        services.AddScoped<RemindAboutDueItems>();
        services.AddScoped<ScheduleAccountabilityStaffing>();
        services.AddScoped<ShowChecklist>();
        services.AddScoped<ListMyTasks>();
        services.AddScoped<RecordCoachingSession>();
        services.AddScoped<CoachingRecordChoices>();
        return services;
    }
}
