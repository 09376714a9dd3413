using CaseCoach.Bot.Turns;
using CaseCoach.Cards.Reviews;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Reviews.Calibration;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// `calibration start RC-1001, RC-1002, RC-1003` adapter (R25): <see cref="StartCalibrationRoundInChat"/> for the
/// signed-in QA supervisor; the reviewers are told by the use case's notices.
/// </summary>
public sealed class CalibrationStartCommand(StartCalibrationRoundInChat start, TurnActor actor, ITextRenderer texts, RefusalResponses refusals, TimeProvider time)
    : IChatCommandWithArguments
{
    public const string Words = "calibration start";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var cases = CommandWords.ArgumentsAfter(Words, MentionText.Strip(turn.Activity));
        var result = await start.HandleAsync(new StartCalibrationRoundInChatCommand(await actor.PersonAsync(turn, cancellationToken), cases, time.GetUtcNow()), cancellationToken);
        if (result.Value is { } started)
            turn.SendText(texts.Render(new CalibrationRoundStartedText(started.Round.Quarter, started.Cases, started.Reviewers, started.Reviews)));
        else turn.SendText(refusals.Text(result.Refusal!));
    }
}
