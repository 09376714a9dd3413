using CaseCoach.Bot.Graph;
using CaseCoach.Core.Mail;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions;
using CoreEmailAddress = CaseCoach.Core.Mail.EmailAddress;
using GraphEmailAddress = Microsoft.Graph.Models.EmailAddress;

namespace CaseCoach.Bot.Mail;

/// <summary>
/// Sends as <c>Mail:Graph:Mailbox</c> through Graph's sendMail (application permission Mail.Send).
/// Graph carries one body, so the HTML part is sent and the plain-text part is left out.
/// </summary>
internal sealed class GraphMailSender(
    GraphClientFactory graphClients, IOptions<MailOptions> options, TimeProvider time, ILogger<GraphMailSender> logger)
    : IMailSender
{
    private const string Provider = "Graph";

    public async Task<MailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var graph = graphClients.Create();
        try
        {
            await graph.Users[settings.Graph.Mailbox].SendMail.PostAsync(ToRequest(message, settings.From), cancellationToken: cancellationToken);
        }
        catch (ApiException ex)
        {
            var status = $"HTTP {ex.ResponseStatusCode}";
            var reason = $"Graph sendMail returned {ex.ResponseStatusCode}: {Describe(ex)}";
            if (GraphRetryAfter.IsTransient(ex.ResponseStatusCode))
            {
                Log.EmailTransientFailure(logger, message.IdempotencyKey, Provider, status);
                return new MailSendResult.Transient(reason, GraphRetryAfter.From(ex, time.GetUtcNow()));
            }

            Log.EmailRejected(logger, message.IdempotencyKey, Provider, status);
            return new MailSendResult.Rejected(reason);
        }
        catch (Exception ex) when (ex is HttpRequestException or MsalException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Network trouble, an HttpClient timeout or no token (Entra ID down, secret expired) all pass or get fixed.
            Log.EmailTransientFailure(logger, message.IdempotencyKey, Provider, ex.GetType().Name);
            return new MailSendResult.Transient($"Graph could not be reached: {ex.Message}");
        }

        Log.EmailSent(logger, message.IdempotencyKey, Provider);
        return new MailSendResult.Sent();
    }

    private static SendMailPostRequestBody ToRequest(EmailMessage email, MailFromOptions from)
    {
        var message = new Message
        {
            Subject = email.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = email.HtmlBody },
            ToRecipients = email.To.Select(ToRecipient).ToList(),
            CcRecipients = email.Cc.Select(ToRecipient).ToList(),
            ReplyTo = email.ReplyTo is { } replyTo ? [ToRecipient(replyTo)] : null,
            Attachments = (email.Attachments ?? []).Select(ToAttachment).ToList(),
        };
        // Left unset (not null: the SDK would send "from": null) so Graph sends as the mailbox itself,
        // which needs no Send As permission.
        if (!string.IsNullOrWhiteSpace(from.Address))
        {
            message.From = ToRecipient(new CoreEmailAddress(from.Address, from.Name));
        }

        return new SendMailPostRequestBody { Message = message, SaveToSentItems = true };
    }

    private static Recipient ToRecipient(CoreEmailAddress address) =>
        new() { EmailAddress = new GraphEmailAddress { Address = address.Address, Name = address.Name } };

    private static Attachment ToAttachment(EmailAttachment attachment) => new FileAttachment
    {
        Name = attachment.FileName,
        ContentType = attachment.ContentType,
        ContentBytes = attachment.Content,
    };

    private static string Describe(ApiException ex) =>
        ex is ODataError { Error: { } error } ? $"{error.Code}: {error.Message}" : ex.Message;
}
