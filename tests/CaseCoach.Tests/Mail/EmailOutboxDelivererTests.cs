using System.Text.Json;
using CaseCoach.Bot.Mail;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using Xunit;

namespace CaseCoach.Tests.Mail;

public sealed class EmailOutboxDelivererTests
{
    /// <summary>Answers every send with a chosen result and keeps what it was given.</summary>
    private sealed class RecordingMailSender(MailSendResult answer) : IMailSender
    {
        public List<EmailMessage> Sent { get; } = [];

        public Task<MailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.FromResult(answer);
        }
    }

    private static (IOutboxDeliverer Deliverer, RecordingMailSender Sender) Deliverer(MailSendResult answer)
    {
        var sender = new RecordingMailSender(answer);
        var services = MailServices.Build(new Dictionary<string, string?>(), s => s.Replace(ServiceDescriptor.Singleton<IMailSender>(sender)));
        return (Assert.Single(services.GetServices<IOutboxDeliverer>()), sender);
    }

    private static OutboxEnvelope Envelope(string payload, string key = "email:42:review-reminder") => new(42, "email", key, payload, Attempt: 1);

    private static string Payload(EmailMessage message) => JsonSerializer.Serialize(message);

    [Fact]
    public async Task Sent_mail_is_delivered_with_the_provider_message_id()
    {
        var (deliverer, sender) = Deliverer(new MailSendResult.Sent("abc@contoso.test"));

        var result = await deliverer.DeliverAsync(Envelope(Payload(new EmailBuilder().Build())), TestContext.Current.CancellationToken);

        Assert.Equal("email", deliverer.Kind);
        Assert.Equal("abc@contoso.test", Assert.IsType<DeliveryResult.Delivered>(result).ExternalId);
        var sent = Assert.Single(sender.Sent);
        Assert.Equal(new EmailBuilder().Build().Subject, sent.Subject);
        Assert.Equal(new EmailBuilder().Build().Attachments![0].Content, sent.Attachments![0].Content);
    }

    [Fact]
    public async Task Transient_failure_is_retried_later_no_earlier_than_the_providers_retry_after()
    {
        var (deliverer, _) = Deliverer(new MailSendResult.Transient("throttled", TimeSpan.FromSeconds(7)));

        var result = await deliverer.DeliverAsync(Envelope(Payload(new EmailBuilder().Build())), TestContext.Current.CancellationToken);

        var retry = Assert.IsType<DeliveryResult.RetryLater>(result);
        Assert.Equal(TimeSpan.FromSeconds(7), retry.After);
        Assert.Equal("throttled", retry.Reason);
    }

    [Fact]
    public async Task Rejected_mail_fails_for_good_with_the_providers_reason()
    {
        var (deliverer, _) = Deliverer(new MailSendResult.Rejected("550 user unknown"));

        var result = await deliverer.DeliverAsync(Envelope(Payload(new EmailBuilder().Build())), TestContext.Current.CancellationToken);

        Assert.Equal("550 user unknown", Assert.IsType<DeliveryResult.Failed>(result).Reason);
    }

    [Theory]
    [InlineData("{not json", "not valid EmailMessage JSON")]
    [InlineData("null", "JSON null")]
    [InlineData("""{"subject":"x","htmlBody":"<p>x</p>","textBody":"x"}""", "no recipient")]
    [InlineData("""{"to":[{"address":"a@contoso.test"}],"subject":"x"}""", "no body")]
    [InlineData("""{"to":[{"name":"Nobody"}],"subject":"x","textBody":"x"}""", "no address")]
    public async Task Malformed_payload_fails_with_a_clear_reason_and_sends_nothing(string payload, string reason)
    {
        var (deliverer, sender) = Deliverer(new MailSendResult.Sent());

        var result = await deliverer.DeliverAsync(Envelope(payload), TestContext.Current.CancellationToken);

        var failed = Assert.IsType<DeliveryResult.Failed>(result);
        Assert.StartsWith("Malformed email payload", failed.Reason);
        Assert.Contains(reason, failed.Reason);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Payload_without_its_own_key_uses_the_outbox_rows_key()
    {
        var (deliverer, sender) = Deliverer(new MailSendResult.Sent());

        await deliverer.DeliverAsync(
            Envelope("""{"to":[{"address":"a@contoso.test"}],"subject":"x","textBody":"x"}""", key: "email:7"),
            TestContext.Current.CancellationToken);

        Assert.Equal("email:7", Assert.Single(sender.Sent).IdempotencyKey);
    }

    [Fact]
    public void Registering_mail_twice_still_gives_one_email_deliverer()
    {
        var services = new ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        services.AddCaseCoachMail(configuration).AddCaseCoachMail(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(IOutboxDeliverer));
    }

    [Fact]
    public async Task Outbox_row_delivered_through_the_default_provider_lands_as_an_eml_file()
    {
        var dataFolder = Directory.CreateTempSubdirectory("casecoach-mail-").FullName;
        try
        {
            using var services = MailServices.Build(new Dictionary<string, string?> { ["Data:Folder"] = dataFolder });
            var deliverer = Assert.Single(services.GetServices<IOutboxDeliverer>());

            var result = await deliverer.DeliverAsync(Envelope(Payload(new EmailBuilder().Build())), TestContext.Current.CancellationToken);

            Assert.IsType<DeliveryResult.Delivered>(result);
            var file = Assert.Single(Directory.GetFiles(Path.Combine(dataFolder, "outbox")));
            Assert.Equal("Review due: case 1001", (await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken)).Subject);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
