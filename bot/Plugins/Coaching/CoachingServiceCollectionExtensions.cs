using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.Coaching;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

public static class CoachingServiceCollectionExtensions
{
    /// <summary>
    /// The coaching workflow's services (R10-R14): its use cases (core/Coaching), how its mails, notices and calendar
    /// texts look, and its card binder. The plugin itself is registered by AddBotPlugins.
    /// </summary>
    public static IServiceCollection AddCaseCoachCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoachingOutlookOptions>().BindConfiguration(CoachingOutlookOptions.SectionName);

        services.AddScoped<CoachingWork>();
        services.AddScoped<CoachingSlots>();
        services.AddScoped<CoachingClaim>();
        services.AddScoped<CoachingOffers>();
        services.AddScoped<CoachingMarks>();
        services.AddScoped<CoachingPollCopies>();
        services.AddScoped<ShowCoachingRequest>();
        services.AddScoped<MarkCoachingTimes>();
        services.AddScoped<BookCoachingSession>();
        services.AddScoped<OfferWiderTimes>();
        services.AddScoped<OpenCoachingRequest>();
        services.AddScoped<PlaceCoachingHold>();
        services.AddScoped<CancelCoachingHold>();
        services.AddScoped<SessionsToDocument>();
        services.AddScoped<PromptSessionRecords>();

        services.AddSingleton<ICoachingWording, CoachingWording>();
        services.AddScoped<INoticeCard<CoachingPollNotice>, CoachingPollNoticeCard>();
        services.AddScoped<IMailComposer<CoachingRequestMail>, CoachingRequestComposer>();
        services.AddSingleton<CoachingCalendarWording>();
        services.AddCalendarMail<CoachingInvitationMail>((sp, mail) => sp.GetRequiredService<CoachingCalendarWording>().Of(mail));
        services.AddCalendarMail<CoachingHoldMail>((sp, mail) => sp.GetRequiredService<CoachingCalendarWording>().Of(mail));
        services.AddCalendarMail<CoachingHoldReleasedMail>((sp, mail) => sp.GetRequiredService<CoachingCalendarWording>().Of(mail));
        services.AddSingleton<CoachingPollView>();
        services.AddScoped<CoachingCards>();
        return services;
    }
}
