using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace CaseCoach.Tests.Outbox;

public sealed class OutboxDispatcherServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registered_services_migrate_at_start_and_the_background_dispatcher_delivers_written_rows()
    {
        var folder = TestDatabase.NewFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Folder"] = folder,
            ["Outbox:PollInterval"] = "00:00:00.050",
        }).Build();
        var deliverer = new RecordingDeliverer();
        var allDelivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        deliverer.Respond = (envelope, _) =>
        {
            if (deliverer.Total == 3)
            {
                allDelivered.TrySetResult();
            }

            return Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered());
        };

        await using var services = new ServiceCollection()
            .AddLogging()
            .AddCaseCoachPersistence(configuration)
            .AddCaseCoachOutbox(configuration)
            .AddSingleton<IOutboxDeliverer>(deliverer)
            .BuildServiceProvider(validateScopes: true);
        var hosted = services.GetServices<IHostedService>().ToList();
        try
        {
            // Hosted services start in registration order: the migration runs before the dispatcher.
            foreach (var service in hosted)
            {
                await service.StartAsync(Ct);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
                foreach (var key in new[] { "a", "b", "c" })
                {
                    writer.Enqueue(RecordingDeliverer.DefaultKind, key, new { key });
                }

                await scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().SaveChangesAsync(Ct);
            }

            await allDelivered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(hosted))
            {
                await service.StopAsync(CancellationToken.None);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestDatabase.DeleteFolder(folder);
        }

        Assert.Equal(["a", "b", "c"], deliverer.DeliveriesByKey.Keys.Order());
        Assert.Equal(2, hosted.Count);
    }

    [Fact]
    public void An_out_of_range_outbox_setting_is_refused_at_start_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:BatchSize"] = "0",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddCaseCoachOutbox(configuration).BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains("Outbox:BatchSize", error.Message);
    }

    [Theory]
    [InlineData("Outbox:PerConversationPerSecond", "0")]
    [InlineData("Outbox:PerConversationPerHour", "0")]
    [InlineData("Outbox:PerTenantPerSecond", "100000")]
    [InlineData("Outbox:DeliveryLanes", "0")]
    [InlineData("Outbox:PacingHeadroom", "2")]
    public void An_out_of_range_pacing_setting_is_refused_at_start_naming_the_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddLogging().AddCaseCoachOutbox(configuration).BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains(key, error.Message);
    }
}
