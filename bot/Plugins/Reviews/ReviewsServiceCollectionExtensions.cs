using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.Delivery;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using CaseCoach.Core.Reviews.Intake;
using CaseCoach.Core.Reviews;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddOptions<SecondReviewOptions>().BindConfiguration(SecondReviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddReviewUseCases();

        services.AddMailModel<ReviewStartedMail, ReviewStartedEmail>((_, mail) => ReviewEmailViews.Of(mail));
        services.AddMailModel<NoCoachingNeededMail, NoCoachingNeededEmail>((_, mail) => ReviewEmailViews.Of(mail));
        services.AddScoped<INoticeCard<DebriefReady>, DebriefNoticeCard>();
        services.AddBlindReviewNotices();
        services.TryAddScoped<CaseCoach.Core.Reports.ReviewFacts>();
        services.AddScoped<CaseCoach.Core.Reports.JumpChecks.OpenJumpChecks>();

        services.AddScoped<ReviewViews>();
        services.AddScoped<ReviewCards>();
        services.AddScoped<ReviewListItems>();
        services.AddScoped<ReviewQueueItems>();
        return services;
    }

    /// <summary>R25, R26: how calibration, second-review and jump-check assignments read (the command line sends them too).</summary>
    public static IServiceCollection AddBlindReviewNotices(this IServiceCollection services)
    {
        services.AddSingleton<INoticeText<BlindReviewAssigned>, BlindReviewAssignedNoticeText>();
        services.AddSingleton<INoticeText<CaseCoach.Core.Reports.JumpChecks.JumpCheckNotice>, JumpCheckNoticeText>();
        return services;
    }
}
