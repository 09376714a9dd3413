using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>What the HTTP exchange answers: a status and, for invokes, the invoke response body.</summary>
public sealed record TurnOutcome(int HttpStatus, InvokeResponse? Invoke)
{
    public static readonly TurnOutcome Ok = new(StatusCodes.Status200OK, null);

    /// <summary>
    /// An invoke the bot has no handler for. The SDK answers 501; a 5xx reads as an outage to monitors and to
    /// Teams, so this is a 400 in Teams' invoke error shape instead.
    /// </summary>
    public static readonly TurnOutcome UnsupportedInvoke = ForInvoke(InvokeResponse.Error(StatusCodes.Status400BadRequest, "NotSupported",
        "CaseCoach does not handle this kind of request."));

    public static TurnOutcome ForInvoke(InvokeResponse response) => new(StatusCodes.Status200OK, response);
}
