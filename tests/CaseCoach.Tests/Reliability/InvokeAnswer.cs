using System.Text.Json;

namespace CaseCoach.Tests.Reliability;

/// <summary>An invoke answers HTTP 200 with its own status inside; a 5xx there is a server error too.</summary>
internal static class InvokeAnswer
{
    /// <summary>The invoke response's statusCode, or 0 when the body is not an invoke response.</summary>
    public static int StatusOf(string body)
    {
        if (!body.StartsWith('{')) return 0;
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("statusCode", out var status) && status.TryGetInt32(out var code) ? code : 0;
    }
}
