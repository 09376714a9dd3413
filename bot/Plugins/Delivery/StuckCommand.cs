using CaseCoach.Bot.Outbound;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards.Delivery;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Delivery;

/// <summary>`stuck`: the newest undelivered messages with whom they were for and why; the QA supervisor's only.</summary>
public sealed class StuckCommand(StuckDeliveries stuck, ITextRenderer texts, TurnActor actor, RefusalResponses refusals) : IChatCommandHandler
{
    public static readonly Refusal QaSupervisorOnly = new(RefusalCode.NotAllowed, "stuck-qa-supervisor-only");

    /// <summary>Enough to act on in one chat message; `outbox retry` resends them all.</summary>
    private const int Shown = 20;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { Role: Role.QaSupervisor } person)
        {
            turn.SendText(refusals.Text(QaSupervisorOnly));
            return;
        }

        var items = await stuck.ListAsync(DateTimeZoneProviders.Tzdb[person.TimeZone], Shown, cancellationToken);
        turn.SendText(texts.Render(new StuckListText(items)));
    }
}
