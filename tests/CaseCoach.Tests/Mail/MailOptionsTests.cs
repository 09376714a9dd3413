using CaseCoach.Tests.Hosting;
using CaseCoach.Bot.Graph;
using CaseCoach.Bot.Mail;
using CaseCoach.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CaseCoach.Tests.Mail;

public sealed class MailOptionsTests
{
    private static OptionsValidationException StartUpFailure(Dictionary<string, string?> settings)
    {
        using var services = MailServices.Build(settings);
        return Assert.Throws<OptionsValidationException>(services.ValidateAsAtStartUp);
    }

    [Fact]
    public void With_no_configuration_mail_goes_to_the_eml_outbox_under_the_data_folder()
    {
        using var services = MailServices.Build(new Dictionary<string, string?> { ["Data:Folder"] = "/srv/casecoach" });

        services.ValidateAsAtStartUp();
        var options = services.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.Equal(MailProvider.Outbox, options.Provider);
        Assert.Equal(Path.Combine("/srv/casecoach", "outbox"), options.OutboxFolder);
        Assert.IsType<EmlOutboxMailSender>(services.GetRequiredService<IMailSender>());
    }

    [Fact]
    public void Outbox_folder_defaults_to_data_outbox_when_no_data_folder_is_set()
    {
        using var services = MailServices.Build(new Dictionary<string, string?>());

        Assert.Equal(Path.Combine("./data", "outbox"), services.GetRequiredService<IOptions<MailOptions>>().Value.OutboxFolder);
    }

    [Fact]
    public void Smtp_without_host_or_sender_fails_start_up_naming_the_keys_to_set()
    {
        var failure = StartUpFailure(new() { ["Mail:Provider"] = "Smtp" });

        Assert.Contains(failure.Failures, f => f.Contains("set Mail:Smtp:Host", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("set Mail:From:Address", StringComparison.Ordinal));
    }

    [Fact]
    public void Smtp_user_name_without_password_fails_start_up()
    {
        var failure = StartUpFailure(new()
        {
            ["Mail:Provider"] = "Smtp", ["Mail:Smtp:Host"] = "smtp.contoso.test", ["Mail:From:Address"] = "casecoach@contoso.test",
            ["Mail:Smtp:UserName"] = "casecoach",
        });

        Assert.Contains("set Mail:Smtp:Password", Assert.Single(failure.Failures));
    }

    [Fact]
    public void Graph_without_mailbox_or_app_registration_fails_start_up_naming_the_keys_to_set()
    {
        var failure = StartUpFailure(new() { ["Mail:Provider"] = "Graph" });

        Assert.Contains(failure.Failures, f => f.Contains("set Mail:Graph:Mailbox", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("set MicrosoftAppId", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("set MicrosoftAppPassword", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("set MicrosoftAppTenantId", StringComparison.Ordinal));
    }

    [Fact]
    public void Graph_base_url_in_clear_text_to_a_remote_host_fails_start_up()
    {
        var failure = StartUpFailure(new() { ["Graph:BaseUrl"] = "http://graph.contoso.test/v1.0" });

        Assert.Contains("set Graph:BaseUrl to an https URL", Assert.Single(failure.Failures));
    }

    [Fact]
    public void Invalid_sender_address_fails_start_up()
    {
        var failure = StartUpFailure(new() { ["Mail:From:Address"] = "not an address" });

        Assert.Contains("set Mail:From:Address to a valid email address", Assert.Single(failure.Failures));
    }

    [Fact]
    public void Unknown_provider_fails_start_up_naming_the_key()
    {
        using var services = MailServices.Build(new Dictionary<string, string?> { ["Mail:Provider"] = "Pigeon" });

        var failure = Assert.ThrowsAny<InvalidOperationException>(services.ValidateAsAtStartUp);
        Assert.Contains("Mail:Provider", failure.Message);
    }

    [Fact]
    public void Complete_graph_configuration_starts_with_the_public_graph_endpoint()
    {
        using var services = MailServices.Build(new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "Graph", ["Mail:Graph:Mailbox"] = "casecoach@contoso.test",
            ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppTenantId"] = "tenant",
        });

        services.ValidateAsAtStartUp();
        Assert.Equal("https://graph.microsoft.com/v1.0", services.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
        Assert.IsType<GraphMailSender>(services.GetRequiredService<IMailSender>());
    }
}
