using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseCoach.Bot.Mail;
using CaseCoach.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit;

namespace CaseCoach.Tests.Mail;

public sealed class SmtpMailSenderTests : IAsyncDisposable
{
    private readonly FakeSmtpServer smtp = new();

    public ValueTask DisposeAsync() => smtp.DisposeAsync();

    private static IMailSender SenderFor(int port) => MailServices
        .Build(new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "Smtp",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The fake offers no STARTTLS; false means "TLS when offered", which MailKit then skips.
            ["Mail:Smtp:UseStartTls"] = "false",
            ["Mail:From:Address"] = "casecoach@contoso.test",
            ["Mail:From:Name"] = "CaseCoach",
        })
        .GetRequiredService<IMailSender>();

    [Fact]
    public async Task Smtp_provider_delivers_envelope_and_mime_message_to_the_server()
    {
        var sender = SenderFor(smtp.Port);
        Assert.IsType<SmtpMailSender>(sender);

        var result = await sender.SendAsync(new EmailBuilder().Build(), TestContext.Current.CancellationToken);

        Assert.IsType<MailSendResult.Sent>(result);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("casecoach@contoso.test", mail.From);
        Assert.Equal(["reviewer@contoso.test", "qa.supervisor@contoso.test"], mail.Recipients);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)), TestContext.Current.CancellationToken);
        Assert.Equal("Review due: case 1001", message.Subject);
        Assert.Equal("Your review of case 1001 is due Friday.", message.TextBody?.Trim());
        Assert.Contains("<b>case 1001</b>", message.HtmlBody);
        Assert.Equal("coaching.ics", Assert.Single(message.Attachments).ContentDisposition?.FileName);
        Assert.StartsWith("email-42-review-reminder-", message.MessageId);
    }

    [Fact]
    public async Task Recipient_refused_with_550_is_rejected_and_nothing_is_sent()
    {
        smtp.RecipientReplies["gone@contoso.test"] = "550 5.1.1 <gone@contoso.test>: user unknown";

        var result = await SenderFor(smtp.Port).SendAsync(
            new EmailBuilder().To("gone@contoso.test").Build(), TestContext.Current.CancellationToken);

        var rejected = Assert.IsType<MailSendResult.Rejected>(result);
        Assert.Contains("550", rejected.Reason);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task Recipient_deferred_with_451_is_transient()
    {
        smtp.RecipientReplies["busy@contoso.test"] = "451 4.3.0 try again later";

        var result = await SenderFor(smtp.Port).SendAsync(
            new EmailBuilder().To("busy@contoso.test").Build(), TestContext.Current.CancellationToken);

        Assert.Contains("451", Assert.IsType<MailSendResult.Transient>(result).Reason);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task Server_that_refuses_the_connection_is_transient()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await SenderFor(port).SendAsync(new EmailBuilder().Build(), TestContext.Current.CancellationToken);

        Assert.IsType<MailSendResult.Transient>(result);
    }
}
