using CaseCoach.Bot.Conversations;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Import;
using CaseCoach.Core.Organisation.Setup;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// The services a data verb needs (import, reviews): persistence, the configured jurisdictions and instruments,
/// intake, and the outbox for the messages a verb sends (delivered later by the running bot).
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(IConfiguration configuration, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddLogging().AddCaseCoachPersistence(configuration).AddCaseCoachImport()
            .AddCaseCoachJurisdictions(configuration).AddCaseCoachOutbox(configuration).AddCaseCoachCards().AddOutbound();
        services.AddOptions<IntakeOptions>().Bind(configuration.GetSection(IntakeOptions.SectionName)).ValidateDataAnnotations();
        services.AddScoped<IntakePlanner>().AddScoped<ReassignReviews>().AddScoped<PersonalChats>()
            .AddScoped<ReviewListItems>().AddScoped<ReviewQueueItems>();
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Migrates, then applies the Jurisdictions section as the bot does at start, so units map to jurisdictions.</summary>
    /// <exception cref="OptionsValidationException">The configuration is invalid; nothing was written.</exception>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var jurisdictions = services.GetRequiredService<IOptions<JurisdictionsOptions>>().Value.Jurisdictions;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<ApplyJurisdictionSettings>().HandleAsync(jurisdictions, cancellationToken);
    }
}
