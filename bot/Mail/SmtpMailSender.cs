using System.Net.Sockets;
using CaseCoach.Core.Mail;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaseCoach.Bot.Mail;

/// <summary>
/// Sends through an SMTP relay with MailKit. One connection per message: the outbox delivers rows one
/// at a time and a long-lived connection would need its own health checks.
/// </summary>
internal sealed class SmtpMailSender(
    IOptions<MailOptions> options, TimeProvider time, ILogger<SmtpMailSender> logger) : IMailSender
{
    private const string Provider = "SMTP";

    public async Task<MailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        MimeMessage mime;
        try
        {
            mime = MimeMessageFactory.Create(message, new MailboxAddress(settings.From.Name, settings.From.Address ?? ""), time.GetUtcNow());
        }
        catch (ParseException ex)
        {
            return Rejected(message, "invalid address", $"Invalid address or content type: {ex.Message}");
        }

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Smtp.Host ?? "", settings.Smtp.Port, SocketOptions(settings.Smtp), cancellationToken);
            if (!string.IsNullOrWhiteSpace(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException ex)
        {
            var status = $"{(int)ex.StatusCode} {ex.ErrorCode}";
            var reason = $"SMTP {status}: {ex.Message}";
            // 5xx is the server's final word (unknown recipient, policy); 4xx asks us to come back later.
            return (int)ex.StatusCode >= 500 ? Rejected(message, status, reason) : Transient(message, status, reason);
        }
        catch (AuthenticationException ex)
        {
            // Wrong credentials are a configuration fault, not the message's: keep it for when they are fixed.
            return Transient(message, "authentication failed", $"SMTP authentication failed (check Mail:Smtp:UserName/Password): {ex.Message}");
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or SocketException or SslHandshakeException
                                       or ServiceNotConnectedException or TimeoutException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Transient(message, ex.GetType().Name, $"SMTP connection failed: {ex.Message}");
        }

        Log.EmailSent(logger, message.IdempotencyKey, Provider);
        return new MailSendResult.Sent(mime.MessageId);
    }

    private static SecureSocketOptions SocketOptions(SmtpMailOptions smtp) => smtp.UseStartTls
        ? SecureSocketOptions.StartTls
        : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;

    private MailSendResult.Transient Transient(EmailMessage message, string status, string reason)
    {
        Log.EmailTransientFailure(logger, message.IdempotencyKey, Provider, status);
        return new MailSendResult.Transient(reason);
    }

    private MailSendResult.Rejected Rejected(EmailMessage message, string status, string reason)
    {
        Log.EmailRejected(logger, message.IdempotencyKey, Provider, status);
        return new MailSendResult.Rejected(reason);
    }
}
