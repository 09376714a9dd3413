using CaseCoach.Core.Persistence;
using CaseCoach.Core.Persistence.Sqlite;
using CaseCoach.Core.Persistence.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CaseCoach.Tests.Persistence;

public sealed class DatabaseOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Unknown_provider_is_refused_at_start_naming_the_key_and_the_allowed_values()
    {
        using var services = Build(new() { ["Database:Provider"] = "Oracle" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Database:Provider", error.Message);
        Assert.Contains("'Oracle'", error.Message);
        Assert.Contains("Sqlite, SqlServer", error.Message);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_is_refused_naming_ConnectionStrings_CaseCoach()
    {
        using var services = Build(new() { ["Database:Provider"] = "SqlServer" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ConnectionStrings:CaseCoach", error.Message);
    }

    [Fact]
    public void SqlServer_with_a_connection_string_gets_the_SqlServer_context()
    {
        using var services = Build(new()
        {
            ["Database:Provider"] = "sqlserver",
            ["ConnectionStrings:CaseCoach"] = "Server=unused.invalid;Database=CaseCoach;Integrated Security=true",
        });
        services.GetRequiredService<IStartupValidator>().Validate();
        using var scope = services.CreateScope();

        Assert.IsType<SqlServerCaseCoachDbContext>(scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>());
    }

    [Fact]
    public async Task Sqlite_is_the_default_and_creates_casecoach_db_in_a_new_data_folder()
    {
        var folder = Path.Combine(TestDatabase.NewFolder(), "nested", "data");
        try
        {
            await using (var services = Build(new() { ["Data:Folder"] = folder }))
            {
                services.GetRequiredService<IStartupValidator>().Validate();
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);

                Assert.IsType<SqliteCaseCoachDbContext>(db);
            }

            Assert.True(File.Exists(Path.Combine(folder, "casecoach.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestDatabase.DeleteFolder(Path.GetDirectoryName(Path.GetDirectoryName(folder))!);
        }
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddCaseCoachPersistence(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
