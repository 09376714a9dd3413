using CaseCoach.Core.Instruments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Organisation.Setup;

public static class JurisdictionsServiceCollectionExtensions
{
    /// <summary>
    /// The instrument catalog (embedded + Instruments:Folder, R4) and the `Jurisdictions` section, both validated at
    /// start-up with messages naming the key, and <see cref="ApplyJurisdictionSettings"/>. Needs AddCaseCoachPersistence.
    /// </summary>
    public static IServiceCollection AddCaseCoachJurisdictions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InstrumentsOptions>().Bind(configuration.GetSection(InstrumentsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InstrumentsOptions>, InstrumentsOptionsValidator>());
        services.TryAddSingleton(sp => InstrumentsOptions.Load(sp.GetRequiredService<IOptions<InstrumentsOptions>>().Value.Folder));

        services.AddOptions<JurisdictionsOptions>().Configure(options => JurisdictionsBinding.Bind(options, configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JurisdictionsOptions>, JurisdictionsOptionsValidator>());
        services.TryAddScoped<ApplyJurisdictionSettings>();
        return services;
    }

    /// <summary>Applies the settings at start-up; register after the migration and before anything that reads jurisdictions.</summary>
    public static IServiceCollection AddJurisdictionSetupAtStart(this IServiceCollection services) =>
        services.AddHostedService<JurisdictionSetupHostedService>();
}
