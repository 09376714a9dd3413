namespace CaseCoach.Core.Turns;

/// <summary>
/// "The same activity twice has one effect" as a stored decision: the first turn for
/// (conversation id, activity id) records its response here in the same transaction as its effects;
/// a redelivered activity finds the row and gets the stored response back instead of acting again.
/// </summary>
public sealed class ProcessedActivity
{
    private ProcessedActivity() { }

    public long Id { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string ActivityId { get; private set; } = "";

    /// <summary>The status code of the response given to the first delivery (e.g. 200 for an invoke).</summary>
    public int ResponseStatus { get; private set; }

    /// <summary>The response body given to the first delivery (an invoke response), if any.</summary>
    public string? ResponseJson { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static ProcessedActivity Record(
        string conversationId, string activityId, int responseStatus, string? responseJson, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        return new ProcessedActivity
        {
            ConversationId = conversationId,
            ActivityId = activityId,
            ResponseStatus = responseStatus,
            ResponseJson = responseJson,
            CreatedAt = now,
        };
    }
}
