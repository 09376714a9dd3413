using System.Text.Json.Nodes;

namespace CaseCoach.Tests.Hosting;

/// <summary>Teams-shaped activities as a channel sends them, for one tenant and one service URL.</summary>
public sealed class Activities(string serviceUrl, string tenantId = Activities.DefaultTenant, string botId = "28:casecoach-bot")
{
    public const string DefaultTenant = "72f988bf-0000-4000-8000-000000000001";
    private int _next = 1000;

    public string ServiceUrl => serviceUrl;

    public string NextId() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public JsonObject Message(TestPerson from, string text, string? id = null) => Base("message", from, id, new JsonObject
    {
        ["text"] = text,
        ["textFormat"] = "plain",
    });

    public JsonObject Install(TestPerson from, string? id = null) => Base("conversationUpdate", from, id, new JsonObject
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = botId }, new JsonObject { ["id"] = from.UserId, ["aadObjectId"] = from.AadObjectId }),
    });

    public JsonObject InstallationUpdate(TestPerson from, string action = "add", string? id = null) =>
        Base("installationUpdate", from, id, new JsonObject { ["action"] = action });

    public JsonObject Invoke(TestPerson from, string verb, JsonObject? data = null, string? id = null, string? replyToId = null) => Base("invoke", from, id, new JsonObject
    {
        ["name"] = "adaptiveCard/action",
        ["replyToId"] = replyToId ?? "card-1",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        },
    });

    private JsonObject Base(string type, TestPerson from, string? id, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? NextId(),
            ["timestamp"] = "2026-11-23T10:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = from.UserId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject { ["id"] = from.ConversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["recipient"] = new JsonObject { ["id"] = botId, ["name"] = "CaseCoach" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["locale"] = "en-US",
        };
        foreach (var (key, value) in extra.ToList())
        {
            extra.Remove(key);
            activity[key] = value;
        }
        return activity;
    }
}
