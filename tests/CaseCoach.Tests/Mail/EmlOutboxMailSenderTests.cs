using System.Text;
using CaseCoach.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit;

namespace CaseCoach.Tests.Mail;

public sealed class EmlOutboxMailSenderTests : IDisposable
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("casecoach-mail-").FullName;

    public void Dispose() => Directory.Delete(dataFolder, recursive: true);

    private string OutboxFolder => Path.Combine(dataFolder, "outbox");

    private IMailSender Sender() => MailServices
        .Build(new Dictionary<string, string?> { ["Data:Folder"] = dataFolder })
        .GetRequiredService<IMailSender>();

    [Fact]
    public async Task Email_is_written_as_an_eml_file_that_parses_back_with_every_part()
    {
        var result = await Sender().SendAsync(new EmailBuilder().Build(), TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(OutboxFolder));
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("casecoach@localhost", message.From.Mailboxes.Single().Address);
        Assert.Equal("reviewer@contoso.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("Rita Reviewer", message.To.Mailboxes.Single().Name);
        Assert.Equal("qa.supervisor@contoso.test", message.Cc.Mailboxes.Single().Address);
        Assert.Equal("Review due: case 1001", message.Subject);
        Assert.Equal(MailServices.Now, message.Date);
        Assert.Equal("Your review of case 1001 is due Friday.", message.TextBody?.Trim());
        Assert.Contains("<b>case 1001</b>", message.HtmlBody);
        var invitation = Assert.IsType<MimePart>(Assert.Single(message.Attachments), exactMatch: false);
        Assert.Equal("coaching.ics", invitation.FileName);
        Assert.Equal("text/calendar", invitation.ContentType.MimeType);
        using var content = new MemoryStream();
        await invitation.Content!.DecodeToAsync(content, TestContext.Current.CancellationToken);
        Assert.StartsWith("BEGIN:VCALENDAR", Encoding.UTF8.GetString(content.ToArray()));
        Assert.StartsWith("email-42-review-reminder-", message.MessageId);
        Assert.Equal(message.MessageId, Assert.IsType<MailSendResult.Sent>(result).ProviderMessageId);
    }

    [Fact]
    public async Task Eml_file_uses_crlf_line_endings_as_rfc_5322_requires()
    {
        await Sender().SendAsync(new EmailBuilder().Build(), TestContext.Current.CancellationToken);

        var text = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(OutboxFolder)), TestContext.Current.CancellationToken);
        Assert.Contains("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public async Task Same_idempotency_key_twice_leaves_one_file_holding_the_latest_send()
    {
        var sender = Sender();

        await sender.SendAsync(new EmailBuilder().WithSubject("first").Build(), TestContext.Current.CancellationToken);
        await sender.SendAsync(new EmailBuilder().WithSubject("second").Build(), TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(OutboxFolder));
        var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("second", message.Subject);
    }

    [Fact]
    public async Task Keys_that_sanitise_alike_still_get_separate_files()
    {
        var sender = Sender();

        await sender.SendAsync(new EmailBuilder().WithKey("email:1/a").Build(), TestContext.Current.CancellationToken);
        await sender.SendAsync(new EmailBuilder().WithKey("email:1:a").Build(), TestContext.Current.CancellationToken);

        Assert.Equal(2, Directory.GetFiles(OutboxFolder, "*.eml").Length);
    }

    [Fact]
    public async Task Key_with_path_characters_cannot_leave_the_outbox_folder()
    {
        await Sender().SendAsync(new EmailBuilder().WithKey("../../etc/passwd").Build(), TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(OutboxFolder));
        Assert.StartsWith("etc-passwd-", Path.GetFileName(file));
        Assert.Single(Directory.GetFileSystemEntries(dataFolder));
    }

    [Fact]
    public async Task Invalid_recipient_address_is_rejected_and_writes_nothing()
    {
        var result = await Sender().SendAsync(new EmailBuilder().OnlyTo("not an address").Build(), TestContext.Current.CancellationToken);

        Assert.IsType<MailSendResult.Rejected>(result);
        Assert.False(Directory.Exists(OutboxFolder) && Directory.EnumerateFileSystemEntries(OutboxFolder).Any());
    }
}
