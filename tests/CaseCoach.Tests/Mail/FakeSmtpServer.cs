using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CaseCoach.Tests.Mail;

/// <summary>
/// Just enough SMTP on 127.0.0.1 for MailKit (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT). A recipient
/// listed in <see cref="RecipientReplies"/> gets that reply to RCPT instead of 250.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    public FakeSmtpServer()
    {
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data);

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentDictionary<string, string> RecipientReplies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 fake.smtp.test ready");
            await ConverseAsync(reader, writer);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up, or the server is stopping.
        }
    }

    private async Task ConverseAsync(StreamReader reader, StreamWriter writer)
    {
        string? from = null;
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(stopping.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 fake.smtp.test");
                    break;
                case "MAIL":
                    from = AddressIn(line);
                    recipients.Clear();
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT":
                    var recipient = AddressIn(line);
                    if (RecipientReplies.TryGetValue(recipient, out var reply))
                    {
                        await writer.WriteLineAsync(reply);
                        break;
                    }

                    recipients.Add(recipient);
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    Received.Enqueue(new ReceivedMail(from ?? "", recipients.ToList(), await ReadDataAsync(reader)));
                    await writer.WriteLineAsync("250 2.0.0 queued");
                    break;
                case "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 command not implemented");
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            // RFC 5321 4.5.2: a leading dot was doubled by the client.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string AddressIn(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>', start + 1);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }
}
