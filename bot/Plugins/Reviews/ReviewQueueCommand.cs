using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review queue` (QA supervisor only): the cases waiting for reviewer capacity, highest score first (R1).</summary>
public sealed class ReviewQueueCommand(TurnActor actor, IntakePlanner planner, ReviewQueueItems items, ICardRenderer cards,
    IOptions<IntakeOptions> options, RefusalResponses refusals) : IChatCommandHandler
{
    public static readonly Refusal SupervisorsOnly = new(RefusalCode.NotAllowed, "review-queue-supervisors-only");
    private const int MaxShown = 25;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { Role: Role.QaSupervisor })
        {
            turn.SendText(refusals.Text(SupervisorsOnly));
            return;
        }
        var plan = await planner.PlanAsync(actor.Now, options.Value, MaxShown, cancellationToken);
        var shown = plan.Waiting.Select(items.For).ToList();
        turn.SendCard(cards.Render(new ReviewQueueCard(shown, plan.WaitingCount - shown.Count)));
    }
}
