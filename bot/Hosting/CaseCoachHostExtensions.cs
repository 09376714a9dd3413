using CaseCoach.Bot.Calendar;
using CaseCoach.Bot.Connector.Auth;
using CaseCoach.Bot.Conversations;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Demo;
using CaseCoach.Bot.Mail;
using CaseCoach.Cards;
using CaseCoach.Core.Organisation.Setup;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Bot.Connector.Hosting;
using CaseCoach.Bot.Plugins;
using CaseCoach.Bot.Plugins.Coaching;
using CaseCoach.Bot.Plugins.Reviews;
using CaseCoach.Bot.Reports;
using CaseCoach.Bot.Teams;
using CaseCoach.Bot.Telemetry;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Hosting;

/// <summary>The host's table of contents: every area registers itself through one call.</summary>
public static class CaseCoachHostExtensions
{
    public static WebApplicationBuilder AddCaseCoach(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddClock(builder.Environment);
        services.AddCaseCoachPersistence(configuration);
        services.AddCaseCoachOutbox(configuration);
        services.AddCaseCoachJurisdictions(configuration).AddJurisdictionSetupAtStart();
        services.AddDemoData();
        services.AddBotAuthentication(configuration);
        services.AddConnectorClient(configuration);
        services.AddCaseCoachMail(configuration);
        services.AddCaseCoachCalendar(configuration);
        services.AddCaseCoachCards();
        services.AddBotTurns();
        services.AddCaseCoachCoaching(configuration);
        services.AddBotPlugins();
        services.AddCaseCoachTeams(configuration);
        services.AddCaseCoachReports(configuration);
        services.AddCaseCoachTelemetry(configuration);
        services.AddHealthChecks().AddDbContextCheck<CaseCoachDbContext>().AddCheck<OutboxHealthCheck>("outbox");
        return builder;
    }

    public static WebApplication MapCaseCoach(this WebApplication app)
    {
        app.UsePlainServerErrors();
        app.UseMiddleware<AbortedRequestLogging>();
        app.MapBotMessages();
        app.MapHealthChecks("/healthz");
        app.MapCaseCoachReports();
        if (app.Environment.IsDevelopment())
            app.MapDevelopmentEndpoints();
        return app;
    }

    private static void AddClock(this IServiceCollection services, IWebHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            services.AddSingleton<TimeProvider, DevelopmentClock>();
            services.AddOptions<DevelopmentEndpointOptions>().BindConfiguration(DevelopmentEndpointOptions.SectionName).ValidateOnStart();
            services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<DevelopmentEndpointOptions>, DevelopmentEndpointOptionsValidator>();
        }
        else
            services.AddSingleton(TimeProvider.System);
    }

    /// <summary>After persistence: hosted services start in order, so the seed follows the migration.</summary>
    private static void AddDemoData(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateOnStart();
        services.AddScoped<DemoDataSeeder>();
        services.AddHostedService<DemoDataHostedService>();
    }

    private static void AddBotTurns(this IServiceCollection services)
    {
        services.AddScoped<TurnProcessor>();
        services.AddScoped<MessageRouter>();
        services.AddScoped<StrangerReply>();
        services.AddScoped<InvokeRouter>();
        services.AddScoped<InstallationHandler>();
        services.AddScoped<ITurnJournal, TurnJournal>();
        services.AddSingleton<SeenConversations>();
        services.AddScoped<PersonalChats>();
    }
}
