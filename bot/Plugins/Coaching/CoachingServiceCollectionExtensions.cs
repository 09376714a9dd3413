namespace CaseCoach.Bot.Plugins.Coaching;

public static class CoachingServiceCollectionExtensions
{
    /// <summary>The coaching workflow's services (R10-R14); the plugin itself is registered by AddBotPlugins.</summary>
    public static IServiceCollection AddCaseCoachCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoachingOutlookOptions>().BindConfiguration(CoachingOutlookOptions.SectionName);
        services.AddScoped<CoachingSlots>();
        services.AddScoped<CoachingCards>();
        services.AddScoped<CoachingMessages>();
        services.AddScoped<CoachingAccess>();
        services.AddScoped<CoachingBooking>();
        return services;
    }
}
