using System.Text;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Reliability;

/// <summary>
/// A seeded generator of malformed activities: Teams-shaped activities (messages with every command, invokes of
/// every verb, installs) that are then broken in one or more ways: truncated, fields of the wrong type, huge and
/// control-character strings, deep nesting, nulls in lists, garbage card data, odd content types, chunked bodies.
/// The same seed gives the same cases, so a failure names the case to replay.
/// </summary>
public sealed class ActivityFuzzer(int seed, Activities activities, IReadOnlyList<TestPerson> people, IReadOnlyList<string> verbs, IReadOnlyList<JsonNode> knownIds)
{
    private static readonly string[] Commands = ["help", "my reviews", "my tasks", "review queue", "record coaching", "stuck", "reviews", "hi", ""];
    private static readonly string[] DataKeys =
        ["reviewId", "actionItemId", "caseId", "requestId", "slot", "slotStart", "sessionId", "comment", "reason", "answers", "rows", "items",
         "attendees", "answer-q1", "comment-q3", "newDueDate", "barrier", "owner", "due", "description", "safety", "sessionOn"];
    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "application/x-www-form-urlencoded",
         "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "*/*"];

    private static readonly System.Text.Json.JsonSerializerOptions Deep = new() { MaxDepth = 8192 };

    private readonly Random _random = new(seed);

    public FuzzCase Next(int index)
    {
        var (activity, kind) = BaseActivity();
        var notes = new List<string> { kind };
        var mutations = _random.Next(0, 4);
        for (var i = 0; i < mutations; i++) notes.Add(Mutate(activity));

        var body = Encoding.UTF8.GetBytes(activity.ToJsonString(Deep));
        switch (_random.Next(12))
        {
            case 0:
                var cut = _random.Next(body.Length);
                body = body[..cut];
                notes.Add($"truncated at {cut}");
                break;
            case 1:
                body = [.. body.Take(body.Length / 2), 0xC3, 0x28, 0xFF, 0xFE, .. body.Skip(body.Length / 2)];
                notes.Add("invalid UTF-8");
                break;
        }

        var contentType = _random.Next(5) == 0 ? ContentTypes[_random.Next(ContentTypes.Length)] : "application/json";
        var chunked = _random.Next(6) == 0;
        if (contentType != "application/json") notes.Add($"content type '{contentType}'");
        if (chunked) notes.Add("chunked");
        return new FuzzCase(index, body, contentType.Length == 0 ? null : contentType, chunked, string.Join("; ", notes));
    }

    private (JsonObject Activity, string Kind) BaseActivity()
    {
        var from = people[_random.Next(people.Count)];
        switch (_random.Next(10))
        {
            case < 3:
                var command = Commands[_random.Next(Commands.Length)];
                return (activities.Message(from, command + (_random.Next(3) == 0 ? " " + Word() : "")), $"message '{command}'");
            case < 8:
                var verb = _random.Next(10) == 0 ? Word() : verbs[_random.Next(verbs.Count)];
                return (activities.Invoke(from, verb, GarbageData()), $"invoke '{verb}'");
            case 8:
                return (activities.Install(from), "install");
            default:
                var other = activities.Message(from, "x");
                other["type"] = new[] { "typing", "messageReaction", "event", "endOfConversation", "installationUpdate", "invoke", "conversationUpdate", "unknownType" }[_random.Next(8)];
                return (other, $"type '{other["type"]}'");
        }
    }

    private JsonObject GarbageData()
    {
        var data = new JsonObject();
        for (var i = _random.Next(0, 6); i > 0; i--)
            data[DataKeys[_random.Next(DataKeys.Length)] + (_random.Next(4) == 0 ? "-" + _random.Next(-2, 12) : "")] = AnyValue(depth: 0);
        return data;
    }

    private JsonNode? AnyValue(int depth) => _random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(3) == 0 ? long.MaxValue : _random.Next(-5, 100000)),
        2 => JsonValue.Create(_random.NextDouble() * 1e300),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => JsonValue.Create(HugeString()),
        5 => JsonValue.Create(ControlString()),
        6 when depth < 3 => new JsonArray([.. Enumerable.Range(0, _random.Next(0, 5)).Select(_ => AnyValue(depth + 1))]),
        7 when depth < 3 => new JsonObject { [Word()] = AnyValue(depth + 1) },
        8 => Nested(_random.Next(10, 400)),
        9 => knownIds.Count > 0 ? knownIds[_random.Next(knownIds.Count)].DeepClone() : JsonValue.Create(1),
        10 => JsonValue.Create(Guid.NewGuid().ToString()),
        _ => JsonValue.Create(Word()),
    };

    private string Mutate(JsonObject activity)
    {
        var paths = Paths(activity, "", 0).ToList();
        var (parent, key, path) = paths[_random.Next(paths.Count)];
        switch (_random.Next(7))
        {
            case 0:
                Set(parent, key, JsonValue.Create(_random.Next()));
                return $"{path} = number";
            case 1:
                Set(parent, key, new JsonArray(null, JsonValue.Create("x"), null));
                return $"{path} = list with nulls";
            case 2:
                Set(parent, key, null);
                return $"{path} = null";
            case 3:
                Set(parent, key, JsonValue.Create(HugeString()));
                return $"{path} = huge string";
            case 4:
                Set(parent, key, JsonValue.Create(ControlString()));
                return $"{path} = control characters";
            case 5:
                Set(parent, key, Nested(_random.Next(50, 2000)));
                return $"{path} = deep nesting";
            default:
                if (parent is JsonObject o) o.Remove(key.ToString()!);
                else Set(parent, key, new JsonObject());
                return $"{path} removed";
        }
    }

    private static IEnumerable<(JsonNode Parent, object Key, string Path)> Paths(JsonNode node, string prefix, int depth)
    {
        if (depth > 12) yield break;
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    yield return (o, name, prefix + "." + name);
                    if (child is not null) foreach (var inner in Paths(child, prefix + "." + name, depth + 1)) yield return inner;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i, $"{prefix}[{i}]");
                    if (a[i] is { } child) foreach (var inner in Paths(child, $"{prefix}[{i}]", depth + 1)) yield return inner;
                }
                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject o) o[(string)key] = value;
        else if (parent is JsonArray a) a[(int)key] = value;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private string HugeString() => new((char)_random.Next('a', 'z' + 1), _random.Next(1, 4) switch { 1 => 5_000, 2 => 70_000, _ => 200_000 });

    private string ControlString() =>
        new([.. Enumerable.Range(0, _random.Next(1, 64)).Select(_ => (char)(_random.Next(4) switch { 0 => _random.Next(0, 32), 1 => 0x202E, 2 => 0xFEFF, _ => _random.Next(0xD800, 0xE000) }))]);

    private string Word() => new([.. Enumerable.Range(0, _random.Next(1, 12)).Select(_ => (char)_random.Next('a', 'z' + 1))]);
}
