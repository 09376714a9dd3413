using System.Buffers;
using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Connector.Hosting;

/// <summary>
/// Reads the request body into an <see cref="Activity"/>. Every way a body can be bad ends in a
/// 400 with a message a developer can act on, never in an exception escaping as a 500.
/// </summary>
public static class ActivityReader
{
    /// <summary>Azure Bot Service's ceiling for one activity.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    // Without a Content-Length the body starts in this much and doubles; most activities fit.
    private const int FirstBufferBytes = 16 * 1024;

    // One byte past the ceiling, so a body that passes it is seen without reading the rest.
    private const int ReadLimit = MaxBodyBytes + 1;

    private static readonly string TooLarge = $"The activity is larger than {MaxBodyBytes / 1024} KB.";

    public static async Task<(Activity? Activity, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return (null, TooLarge);

        // One pooled buffer per request (issue 14): sized from Content-Length, plus the byte that shows the end, and
        // grown only when Content-Length is absent or short. The activity keeps nothing of it: System.Text.Json copies
        // each JsonElement (Value, ChannelData, extension data) into a document of its own.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } declared ? (int)declared + 1 : FirstBufferBytes);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, ReadLimit));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, ReadLimit) - length), cancellationToken);
                if (read == 0) break;
                length += read;
                if (length > MaxBodyBytes)
                    return (null, TooLarge);
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Activity? Activity, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
            return (null, "The request body is empty; expected a Bot Framework activity as JSON.");

        // Card data stays raw until a handler reads it, so bytes that are not UTF-8 would surface only there.
        if (!System.Text.Unicode.Utf8.IsValid(body))
            return (null, "The body is not valid UTF-8.");
        if (JsonTextHazards.Find(body) is { } hazard)
            return (null, hazard);

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
            return (null, $"The body is not a valid activity: malformed JSON or a field of the wrong type{where}.");
        }

        if (activity is null)
            return (null, "The body is not a valid activity: expected a JSON object.");
        if (string.IsNullOrWhiteSpace(activity.Type))
            return (null, "The activity has no 'type'.");
        return ActivityBounds.Check(activity) is { } outOfBounds ? (null, outOfBounds) : (activity, null);
    }
}
