using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using CaseCoach.Tests.Persistence;

namespace CaseCoach.Tests.Hosting;

/// <summary>
/// The real bot host over a real SQLite file in its own temp folder (or the given server database, which
/// it then owns), reached through real HTTP handlers of the test server. Settings override the embedded
/// defaults per test.
/// </summary>
public sealed class BotApplication(
    IReadOnlyDictionary<string, string?>? settings = null,
    string environment = "Development",
    Action<IServiceCollection>? services = null,
    TestDatabase? database = null)
    : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("casecoach-test-").FullName;

    public string OutboxFolder => Path.Combine(DataFolder, "outbox");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Later sources win: a test's settings may override these defaults (e.g. Demo:Seed, Outbox:RunInBackground).
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Folder"] = DataFolder,
            ["Demo:Seed"] = "false",
            // Tests run the sweeps and deliver the outbox with POST /api/dev/sweep, never in the background.
            ["Outbox:RunInBackground"] = "false",
            ["Sweeps:RunInBackground"] = "false",
        }.Concat(database?.HostSettings ?? new Dictionary<string, string?>())
            .Concat(settings ?? new Dictionary<string, string?>())
            .GroupBy(setting => setting.Key, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.Last())));
        if (services is not null)
            builder.ConfigureTestServices(services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
            await database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
