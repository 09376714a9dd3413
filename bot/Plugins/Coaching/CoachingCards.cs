using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Coaching;
using CaseCoach.Core.Coaching;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>Binds the coaching-poll card (R14) of a request as it stands (the model is <see cref="CoachingPollView"/>).</summary>
public sealed class CoachingCards(ICardRenderer renderer, CoachingPollView view, IOptions<CoachingOptions> options, IOptions<CoachingOutlookOptions> outlook)
{
    public InvokeResponse Show(CoachingView view) => InvokeResponse.Card(Poll(view));

    public JsonElement Poll(CoachingView request) =>
        renderer.Render(view.Of(request, outlook.Value.ActionableMessageOriginator, options.Value.SessionMinutes));
}
