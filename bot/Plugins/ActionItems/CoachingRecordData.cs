using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The coaching-record card's data: the case (with the booked session and its review, when the form documents one),
/// how many item rows it shows, and its inputs (sessionDate, concerns,
/// attended-{personId}, description-{row}, owner-{row}, due-{row}, safety-{row}, …). The row count is capped.
/// </summary>
public sealed record CoachingRecordData(string? CaseId, string? PickCase, string? RowCount, string? SessionId = null, string? ReviewId = null)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Inputs { get; init; } = [];

    public long? Case => long.TryParse(CaseId is { Length: > 0 } ? CaseId : PickCase, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The booked session the form documents (R16); re-authorised by the use case, like every id in card data.</summary>
    public long? Session => Id(SessionId);

    public long? Review => Id(ReviewId);

    public int Rows => int.TryParse(RowCount, NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? Math.Min(rows, CoachingSessionRules.MaxItems) : 0;

    public string? Input(string name) => Inputs.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The typed form as a command; a row without a description is an unused row and is skipped.</summary>
    public Result<RecordCoachingSessionCommand> ToCommand(Person? author, long caseId, IEnumerable<Person> people, DateTimeOffset now)
    {
        if (!DateOnly.TryParseExact(Input("sessionDate"), "yyyy-MM-dd", out var sessionOn))
            return Result<RecordCoachingSessionCommand>.Refused(RefusalCode.Invalid, "coaching-record-session-date-missing", "sessionDate");
        var items = new List<AgreedActionItem>();
        for (var r = 1; r <= Rows; r++)
        {
            var description = Input($"description-{r}")?.Trim() ?? "";
            if (description.Length == 0) continue;
            var field = description.Length <= 80 ? description : description[..80] + "…";
            if (!long.TryParse(Input($"owner-{r}"), out var owner))
                return Result<RecordCoachingSessionCommand>.Refused(RefusalCode.Invalid, "coaching-record-owner-missing", field);
            if (!DateOnly.TryParseExact(Input($"due-{r}"), "yyyy-MM-dd", out var due))
                return Result<RecordCoachingSessionCommand>.Refused(RefusalCode.Invalid, "coaching-record-due-missing", field);
            items.Add(new AgreedActionItem(description, owner, due, Input($"safety-{r}") == "yes"));
        }
        var attended = people.Where(p => Input($"attended-{p.Id}") == "yes").Select(p => p.Id).ToList();
        var changed = (Input("answersChangedToYes") ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        return Result<RecordCoachingSessionCommand>.Done(new(author, caseId, Review, sessionOn, attended, Input("concerns") ?? "", changed, items,
            Input("appreciation") ?? "", now, Session));
    }

    private static long? Id(string? text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
