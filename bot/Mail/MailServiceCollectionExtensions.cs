using CaseCoach.Bot.Graph;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailSender"/> for <c>Mail:Provider</c> (Outbox, Smtp or Graph), the "email"
    /// <see cref="IOutboxDeliverer"/>, and start-up validation of the <c>Mail</c> section.
    /// </summary>
    public static IServiceCollection AddCaseCoachMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.SectionName)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.OutboxFolder))
                {
                    options.OutboxFolder = Path.Combine(configuration["Data:Folder"] ?? "./data", "outbox");
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddCaseCoachGraph(configuration);
        services.TryAddSingleton<EmlOutboxMailSender>();
        services.TryAddSingleton<SmtpMailSender>();
        services.TryAddSingleton<GraphMailSender>();
        // Chosen when first resolved, not at registration, so configuration added later (tests, hosts) counts.
        services.TryAddSingleton<IMailSender>(provider =>
            provider.GetRequiredService<IOptions<MailOptions>>().Value.Provider switch
            {
                MailProvider.Smtp => provider.GetRequiredService<SmtpMailSender>(),
                MailProvider.Graph => provider.GetRequiredService<GraphMailSender>(),
                _ => provider.GetRequiredService<EmlOutboxMailSender>(),
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxDeliverer, EmailOutboxDeliverer>());
        return services;
    }
}
