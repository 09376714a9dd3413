namespace CaseCoach.Cards.ActionItems;

/// <summary>The caseworker's open action items (my-tasks.json).</summary>
public sealed record MyTasksCard(IReadOnlyList<TaskListItem> Tasks) : ICardModel
{
    public static string TemplateName => "my-tasks";
}

public sealed record TaskListItem(
    string ActionItemId,
    string Description,
    string CaseName,
    DateTimeOffset DueDate,
    string StatusText,
    bool IsOverdue);
