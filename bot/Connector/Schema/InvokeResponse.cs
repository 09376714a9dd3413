using System.Text.Json;

namespace CaseCoach.Bot.Connector.Schema;

/// <summary>
/// The body of the HTTP 200 answer to an invoke (Universal Actions): clients read statusCode from
/// the body, so the HTTP status stays 200 whenever the bot handled the invoke.
/// </summary>
public sealed record InvokeResponse(int StatusCode, string Type, JsonElement? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonElement card) => new(200, CardType, card);

    public static InvokeResponse Message(string text) =>
        new(200, MessageType, JsonSerializer.SerializeToElement(text, BotJson.Options));

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new ErrorBody(code, message), BotJson.Options));

    private sealed record ErrorBody(string Code, string Message);
}
