using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;

namespace CaseCoach.Bot.Plugins.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>
    /// The review workflow's services: its use cases (core/Reviews), intake (R1-R3), how their mails and notices look,
    /// and its card binder. The instrument catalog (R4) comes from AddCaseCoachJurisdictions, which validates the
    /// definitions at start-up; intake timing (Reviews section) is validated here.
    /// </summary>
    public static IServiceCollection AddCaseCoachReviews(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IntakePlanner>();
        services.AddScoped<AssignReviews>();
        services.AddScoped<ReassignReviews>();

        services.AddScoped<ReviewWork>();
        services.AddScoped<StartReview>();
        services.AddScoped<SaveReviewDraft>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<DebriefSupervisor>();
        services.AddScoped<ConfirmDecision>();

        services.AddSingleton<IMailComposer<ReviewStartedMail>, ReviewStartedComposer>();
        services.AddSingleton<IMailComposer<NoCoachingNeededMail>, NoCoachingNeededComposer>();
        services.AddScoped<INoticeCard<DebriefReady>, DebriefNoticeCard>();

        services.AddScoped<ReviewAccess>();
        services.AddScoped<ReviewCards>();
        services.AddScoped<ReviewListItems>();
        services.AddScoped<ReviewNotices>();
        return services;
    }
}
