using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>
    /// The review workflow's services: its use cases (core/Reviews), how their mails and notices look, and its card
    /// binder. Instrument definitions are read and validated here, at start-up (R4): a broken definition stops the
    /// host with a message naming the file.
    /// </summary>
    public static IServiceCollection AddCaseCoachReviews(this IServiceCollection services)
    {
        services.AddSingleton(InstrumentCatalog.LoadEmbedded());
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddScoped<ReviewWork>();
        services.AddScoped<StartReview>();
        services.AddScoped<SaveReviewDraft>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<ConfirmDecision>();

        services.AddSingleton<IMailComposer<ReviewStartedMail>, ReviewStartedComposer>();
        services.AddSingleton<IMailComposer<NoCoachingNeededMail>, NoCoachingNeededComposer>();
        services.AddScoped<INoticeCard<DebriefReady>, DebriefNoticeCard>();

        services.AddScoped<ReviewAccess>();
        services.AddScoped<ReviewCards>();
        services.AddScoped<ReviewNotices>();
        return services;
    }
}
