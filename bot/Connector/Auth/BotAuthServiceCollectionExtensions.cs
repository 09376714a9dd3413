using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Auth;

public static class BotAuthServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBotRequestAuthenticator"/>, <see cref="TenantAllowList"/> and <see cref="BotAuthOptions"/>
    /// (root keys MicrosoftAppType/Id/Password/TenantId plus the BotAuth section), validated at start-up.
    /// Needs an <see cref="Microsoft.Extensions.Hosting.IHostEnvironment"/>, which every host provides.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthOptions>()
            .Bind(configuration.GetSection(BotAuthOptions.SectionName))
            .Configure(options =>
            {
                // The SDK's names at the configuration root, so existing Azure Bot settings carry over.
                options.MicrosoftAppType = configuration[nameof(BotAuthOptions.MicrosoftAppType)];
                options.MicrosoftAppId = configuration[nameof(BotAuthOptions.MicrosoftAppId)];
                options.MicrosoftAppPassword = configuration[nameof(BotAuthOptions.MicrosoftAppPassword)];
                options.MicrosoftAppTenantId = configuration[nameof(BotAuthOptions.MicrosoftAppTenantId)];
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>());

        services.TryAddSingleton(TokenClock.System);
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<ValidatedTokenCache>();
        services.TryAddSingleton<SignedTokenValidator>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<EmulatorTokenValidator>();
        services.TryAddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();
        services.TryAddSingleton<TenantAllowList>();
        services.AddHostedService<AuthenticationOffWarning>();
        return services;
    }
}
