using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseCoach.Tests.Reviews;

/// <summary>What the survey card sends on Save draft / Submit: the review id plus every input, as Teams merges them.</summary>
public static class Survey
{
    public static readonly string[] QuestionIds = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"];

    /// <summary>Every question Yes, with strengths; override single answers with <paramref name="answers"/>.</summary>
    public static JsonObject Filled(string reviewId, params (string Question, string Answer, string Comment)[] answers)
    {
        var data = new JsonObject
        {
            ["reviewId"] = reviewId,
            ["strengths"] = "Weekly face-to-face contacts with mom, each tied to the safety plan\nThe grandmother attends every family team meeting",
            ["opportunities"] = "Note sibling visits in the case notes",
        };
        foreach (var id in QuestionIds)
        {
            data[$"answer-{id}"] = "yes";
            data[$"comment-{id}"] = "";
        }
        foreach (var (question, answer, comment) in answers)
        {
            data[$"answer-{question}"] = answer;
            data[$"comment-{question}"] = comment;
        }
        return data;
    }

    public static JsonObject Id(string reviewId) => new() { ["reviewId"] = reviewId };

    public static int Status(JsonElement invokeResponse) => invokeResponse.GetProperty("statusCode").GetInt32();

    public static string ErrorMessage(JsonElement invokeResponse) =>
        invokeResponse.GetProperty("value").GetProperty("message").GetString()!;

    /// <summary>The card of a 200 invoke response.</summary>
    public static JsonElement Card(JsonElement invokeResponse)
    {
        Assert.Equal(200, Status(invokeResponse));
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse.GetProperty("type").GetString());
        return invokeResponse.GetProperty("value");
    }

    /// <summary>Every element of the card (depth first), to find inputs and texts wherever the layout puts them.</summary>
    public static IEnumerable<JsonElement> Elements(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
                foreach (var inner in Elements(property.Value)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Elements(item)) yield return inner;
        }
    }

    public static JsonElement Input(JsonElement card, string id) =>
        Elements(card).Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id && e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal));

    /// <summary>The text of every TextBlock and every RichTextBlock (its runs joined), in card order.</summary>
    public static IEnumerable<string> Texts(JsonElement card) =>
        Elements(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() is "TextBlock" or "RichTextBlock")
            .Select(e => e.GetProperty("type").GetString() == "TextBlock" ? e.GetProperty("text").GetString()!
                : string.Concat(e.GetProperty("inlines").EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetProperty("text").GetString())));

    public static IEnumerable<string> Verbs(JsonElement card) =>
        Elements(card).Where(e => e.TryGetProperty("verb", out _)).Select(e => e.GetProperty("verb").GetString()!);
}
