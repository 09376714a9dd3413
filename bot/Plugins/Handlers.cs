using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins;

/// <summary>Handles one Action.Execute verb. The returned response is what the clicking user sees.</summary>
public interface ICardActionHandler
{
    Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken);
}

/// <summary>Handles one chat command (text typed in a 1:1 chat or with the bot mentioned).</summary>
public interface IChatCommandHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>
/// A chat command that takes words after it (`calibration start RC-1001, RC-1002, RC-1003`): routed when the text
/// begins with the command's words; the handler reads the rest from the activity.
/// </summary>
public interface IChatCommandWithArguments : IChatCommandHandler;

/// <summary>Time-driven work derived from stored dates; must be safe to run again and on two instances at once.</summary>
public interface ISweep
{
    Task RunOnceAsync(CancellationToken cancellationToken);
}
