using CaseCoach.Core.Instruments;

namespace CaseCoach.Bot.Plugins.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>
    /// The review workflow's services. Instrument definitions are read and validated here, at start-up (R4):
    /// a broken definition stops the host with a message naming the file.
    /// </summary>
    public static IServiceCollection AddCaseCoachReviews(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(InstrumentCatalog.LoadEmbedded());
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReviewAccess>();
        services.AddScoped<ReviewCards>();
        services.AddScoped<ReviewEmails>();
        services.AddScoped<ReviewNotices>();
        services.AddScoped<ReviewAudit>();
        return services;
    }
}
