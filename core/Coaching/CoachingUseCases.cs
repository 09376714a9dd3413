using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Core.Coaching;

public static class CoachingUseCases
{
    /// <summary>The coaching use cases (R10-R14), one scoped class a step, and the helpers they share within a turn or sweep.</summary>
    public static IServiceCollection AddCoachingUseCases(this IServiceCollection services)
    {
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
        return services;
    }
}
