using CaseCoach.Bot.Mail;
using CaseCoach.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Mail;

/// <summary>The container the host builds for mail, from configuration alone, with a fake clock.</summary>
internal static class MailServices
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? overrides = null) =>
        AreaServices.Build(settings, Now, (services, configuration) => services.AddCaseCoachMail(configuration), overrides);
}
