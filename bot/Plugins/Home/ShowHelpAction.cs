using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Home;

/// <summary>`home.help`: a button that swaps the card for the commands list, for the clicking user only.</summary>
public sealed class ShowHelpAction(HomeCards cards) : ICardActionHandler
{
    public Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.Card(cards.Help()));
}
