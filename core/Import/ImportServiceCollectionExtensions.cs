using CaseCoach.Core.Import.Cases;
using CaseCoach.Core.Import.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoach.Core.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Registers the people and prediction-listing (R1) CSV importers; needs AddCaseCoachPersistence.</summary>
    public static IServiceCollection AddCaseCoachImport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<PeopleImporter>();
        services.TryAddScoped<CasesImporter>();
        return services;
    }
}
