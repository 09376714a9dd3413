using CaseCoach.Core.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaseCoach.Bot.Mail;

/// <summary>
/// Writes each email as an RFC 5322 .eml file into <c>Mail:OutboxFolder</c>: the embedded default that
/// needs no tenant. The file name comes from the idempotency key and the write is atomic, so a resend
/// after a crash replaces the same file and a reader never sees half a message.
/// </summary>
internal sealed class EmlOutboxMailSender(
    IOptions<MailOptions> options, TimeProvider time, ILogger<EmlOutboxMailSender> logger) : IMailSender
{
    private static readonly FormatOptions EmlFormat = CreateFormat();

    public async Task<MailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        MimeMessage mime;
        try
        {
            mime = MimeMessageFactory.Create(message, From(options.Value), time.GetUtcNow());
        }
        catch (ParseException ex)
        {
            return new MailSendResult.Rejected($"Invalid address or content type: {ex.Message}");
        }

        var folder = Path.GetFullPath(options.Value.OutboxFolder);
        var path = Path.Combine(folder, IdempotencyToken.From(message.IdempotencyKey) + ".eml");
        try
        {
            CreatePrivateDirectory(folder);
            await WriteAtomicallyAsync(mime, path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a permissions problem is fixed by an operator; the outbox tries again later.
            Log.OutboxWriteFailed(logger, message.IdempotencyKey, ex);
            return new MailSendResult.Transient($"Could not write to the mail outbox folder: {ex.Message}");
        }

        Log.EmailWrittenToOutbox(logger, message.IdempotencyKey, Path.GetFileName(path));
        return new MailSendResult.Sent(mime.MessageId);
    }

    internal static MailboxAddress From(MailOptions options) => new(
        options.From.Name,
        string.IsNullOrWhiteSpace(options.From.Address) ? MailOptions.DefaultOutboxFromAddress : options.From.Address);

    private static async Task WriteAtomicallyAsync(MimeMessage mime, string path, CancellationToken cancellationToken)
    {
        // Same folder, so the final rename stays on one file system and is atomic; *.tmp is what a
        // pickup tool must ignore.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temp, PrivateFileOptions()))
            {
                await mime.WriteToAsync(EmlFormat, stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static FileStreamOptions PrivateFileOptions()
    {
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            // The mail holds confidential case details: readable by the service account only.
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return fileOptions;
    }

    private static void CreatePrivateDirectory(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static FormatOptions CreateFormat()
    {
        // RFC 5322 lines end in CRLF whatever the host platform.
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
