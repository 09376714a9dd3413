using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The action-item cards as each viewer sees them: the checklist (<see cref="ChecklistView"/>) and a director's
/// escalation (<see cref="EscalationView"/>). Both also travel in Outlook, so both carry the actionable-message originator.
/// </summary>
public sealed class ActionItemCards(ICardRenderer cards, ChecklistView checklist, EscalationView escalation, IConfiguration configuration)
    : INoticeCard<ChecklistCopy>, INoticeCard<EscalationCopy>
{
    private string Originator => configuration["Outlook:ActionableMessageOriginator"] ?? "";

    public JsonElement Render(ChecklistCopy notice) => cards.Render(checklist.Of(notice, Originator));

    public JsonElement Render(EscalationCopy notice) => cards.Render(escalation.Of(notice, Originator));

    public InvokeResponse Show(ChecklistCopy copy) => InvokeResponse.Card(Render(copy));

    public InvokeResponse Show(EscalationCopy copy) => InvokeResponse.Card(Render(copy));
}
