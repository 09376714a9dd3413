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

    public static async Task<(Activity? Activity, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return (null, $"The activity is larger than {MaxBodyBytes / 1024} KB.");

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return (null, $"The activity is larger than {MaxBodyBytes / 1024} KB.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return (null, "The request body is empty; expected a Bot Framework activity as JSON.");

        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
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
