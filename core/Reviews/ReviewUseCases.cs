using Microsoft.Extensions.DependencyInjection;
using CaseCoach.Core.Reviews.Calibration;
using CaseCoach.Core.Reviews.Intake;

namespace CaseCoach.Core.Reviews;

public static class ReviewUseCases
{
    /// <summary>The review use cases (R1-R9): intake, the reviewer's and the supervisor's steps, one scoped class a step.</summary>
    public static IServiceCollection AddReviewUseCases(this IServiceCollection services)
    {
        services.AddScoped<SecondReviews>();
        services.AddScoped<StartCalibrationRound>();
        services.AddScoped<StartCalibrationRoundInChat>();
        services.AddScoped<IntakePlanner>();
        services.AddScoped<AssignReviews>();
        services.AddScoped<ReassignReviews>();
        services.AddScoped<ReviewWork>();
        services.AddScoped<FindPreviousReview>();
        services.AddScoped<StartReview>();
        services.AddScoped<SaveReviewDraft>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<DebriefSupervisor>();
        services.AddScoped<ConfirmDecision>();
        services.AddScoped<ListOpenReviews>();
        return services;
    }
}
