using CaseCoach.Cards;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// Issue 6, R15-R24: the checklist card and its per-role buttons, "my tasks", and the sweeps that remind, email
/// and escalate overdue items.
/// </summary>
public sealed class ActionItemsPlugin : IBotPlugin
{
    public string Name => "actionItems";

    public void Register(PluginRegistration registration) => registration
        .Command<MyTasksCommand>("my tasks", "help-my-tasks")
        .Command<RecordCoachingCommandHandler>("record coaching", "help-record-coaching")
        .Verb<AddRowAction>(CardVerbs.ActionItemsAddRow)
        .Verb<RecordCoachingAction>(CardVerbs.ActionItemsRecordCoaching)
        .Verb<ItemStepAction>(CardVerbs.ActionItemsReportDone)
        .Verb<ItemStepAction>(CardVerbs.ActionItemsReportBarrier)
        .Verb<ItemStepAction>(CardVerbs.ActionItemsVerify)
        .Verb<ItemStepAction>(CardVerbs.ActionItemsSendBack)
        .Verb<ItemStepAction>(CardVerbs.ActionItemsExtend)
        .Verb<RefreshAction>(CardVerbs.ActionItemsRefresh, readOnly: true)
        .Verb<ScheduleStaffingAction>(CardVerbs.ActionItemsScheduleStaffing)
        .Sweep<ActionItemSweep>();
}
