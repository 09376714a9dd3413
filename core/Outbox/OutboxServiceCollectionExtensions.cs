using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseCoach.Core.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OutboxWriter"/> and <see cref="OutboxDispatcher"/> (scoped, over the scoped
    /// CaseCoachDbContext of AddCaseCoachPersistence), the options section <c>Outbox</c>, and the
    /// background <see cref="OutboxDispatcherService"/>. Deliverers are registered by the edges as
    /// <see cref="IOutboxDeliverer"/> (any lifetime), one per kind.
    /// </summary>
    public static IServiceCollection AddCaseCoachOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<OutboxWriter>();
        services.TryAddScoped<OutboxDispatcher>();
        services.TryAddScoped<OutboxRetry>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
