using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CaseCoachDbContext"/> (scoped) and <c>IDbContextFactory&lt;CaseCoachDbContext&gt;</c>
    /// (singleton) for the provider named by <c>Database:Provider</c>, the <see cref="DatabaseMigrator"/>, and
    /// a start-up migration (<c>Database:MigrateOnStart</c>, default true). Invalid settings fail at start.
    /// </summary>
    public static IServiceCollection AddCaseCoachPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options =>
            {
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
                options.DataFolder = configuration[DatabaseOptions.DataFolderKey] ?? options.DataFolder;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseCoachDbContextFactory>();
        services.TryAddSingleton<IDbContextFactory<CaseCoachDbContext>>(sp => sp.GetRequiredService<CaseCoachDbContextFactory>());
        services.TryAddScoped(sp => sp.GetRequiredService<CaseCoachDbContextFactory>().CreateDbContext());
        services.TryAddScoped<DatabaseMigrator>();
        services.AddHostedService<DatabaseMigrationHostedService>();
        return services;
    }
}
