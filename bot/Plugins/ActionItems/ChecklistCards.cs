using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The checklist card as each viewer sees it (<see cref="ChecklistCopy"/>, R18 and R19 decide the buttons), sent to
/// and replaced in every viewer's chat through the <see cref="INotifier"/>.
/// </summary>
public sealed class ChecklistCards(ActionItemWork work, ActionItemCalendar calendar, INotifier notifier, ICardRenderer cards, IConfiguration configuration)
    : INoticeCard<ChecklistCopy>
{
    public Task<Checklist?> LoadAsync(Guid coachingRecordId, CancellationToken cancellationToken) => work.LoadAsync(coachingRecordId, cancellationToken);

    public JsonElement Render(ChecklistCopy notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return cards.Render(ChecklistView.Of(notice, configuration["Outlook:ActionableMessageOriginator"] ?? ""));
    }

    public InvokeResponse Show(ChecklistCopy copy) => InvokeResponse.Card(Render(copy));

    public async Task<JsonElement> RenderAsync(Checklist checklist, Person viewer, DateTimeOffset now, CancellationToken cancellationToken) =>
        Render(new ChecklistCopy(viewer, checklist, await calendar.ClockAsync(now, cancellationToken)));

    /// <summary>R17: the checklist goes to each viewer's chat, once per session (the cause makes a repeat a no-op).</summary>
    public async Task PublishAsync(Checklist checklist, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = await calendar.ClockAsync(now, cancellationToken);
        foreach (var viewer in checklist.Viewers)
            await notifier.NotifyAsync(new ChecklistCopy(viewer, checklist, clock), cancellationToken);
    }

    /// <summary>Replaces every delivered copy with its viewer's new view; a copy not yet delivered is sent as it is
    /// and refreshes to the current state when opened (refresh.userIds).</summary>
    public async Task UpdateEverywhereAsync(Checklist checklist, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = await calendar.ClockAsync(now, cancellationToken);
        foreach (var viewer in checklist.Viewers)
            await notifier.UpdateDeliveredAsync(new ChecklistCopy(viewer, checklist, clock), cancellationToken);
    }
}
