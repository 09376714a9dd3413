using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;

namespace CaseCoach.Bot.Plugins.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>
    /// The review workflow's services. The instrument catalog (R4) comes from AddCaseCoachJurisdictions, which
    /// validates the definitions at start-up; intake timing (Reviews section) is validated here.
    /// </summary>
    public static IServiceCollection AddCaseCoachReviews(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IntakePlanner>();
        services.AddScoped<AssignReviews>();
        services.AddScoped<ReassignReviews>();
        services.AddScoped<ReviewAccess>();
        services.AddScoped<ReviewCards>();
        services.AddScoped<ReviewListItems>();
        services.AddScoped<ReviewEmails>();
        services.AddScoped<ReviewNotices>();
        services.AddScoped<ReviewAudit>();
        return services;
    }
}
