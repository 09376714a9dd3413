using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>What the HTTP exchange answers: a status and, for invokes, the invoke response body.</summary>
public sealed record TurnOutcome(int HttpStatus, InvokeResponse? Invoke)
{
    public static readonly TurnOutcome Ok = new(StatusCodes.Status200OK, null);

    /// <summary>An invoke the bot has no handler for (the SDK's answer).</summary>
    public static readonly TurnOutcome NotImplemented = new(StatusCodes.Status501NotImplemented, null);

    public static TurnOutcome ForInvoke(InvokeResponse response) => new(StatusCodes.Status200OK, response);
}
