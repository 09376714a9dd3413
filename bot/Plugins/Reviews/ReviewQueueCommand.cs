using System.Globalization;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review queue` (QA supervisor only): the cases waiting for reviewer capacity, highest score first (R1).</summary>
public sealed class ReviewQueueCommand(
    ReviewAccess access, IntakePlanner planner, ICardRenderer cards, IOptions<IntakeOptions> options, TimeProvider time) : IChatCommandHandler
{
    private const int MaxShown = 25;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await access.FindActorAsync(turn, cancellationToken) is not { Role: Role.QaSupervisor })
        {
            turn.SendText("The review queue is for the quality review supervisor. Type **my reviews** to see the reviews assigned to you.");
            return;
        }
        var waiting = (await planner.PlanAsync(time.GetUtcNow(), options.Value, cancellationToken)).Waiting;
        var shown = waiting.Take(MaxShown).Select(Item).ToList();
        turn.SendCard(cards.Render(new ReviewQueueCard(shown, waiting.Count - shown.Count)));
    }

    public static ReviewQueueItem Item(QueuedCase queued) => new(queued.CaseName, queued.CaseNumber,
        queued.Score.ToString("0.###", CultureInfo.InvariantCulture), string.Join(", ", queued.RiskFactors), queued.JurisdictionKey,
        queued.DaysWaiting switch { <= 0 => "waiting since today", 1 => "waiting 1 day", var d => $"waiting {d} days" },
        queued.FirstReview ? "First review" : "Re-review");
}
