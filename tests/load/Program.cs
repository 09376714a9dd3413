using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Fakes;
using Microsoft.Data.Sqlite;

// Issue 14 item 1: the bot (Release, embedded defaults, authentication on against a local token service) and a bare
// Kestrel endpoint that answers the same invoke with the bot's own answer, loaded one after the other by wrk with the
// same Teams-shaped activity, a unique activity id per request.
var options = Args.Parse(args);
// 32 connections are 32 people clicking (each person's chat runs one turn at a time, as Teams does), not one chat.
const int Conversations = 32;
const string Reviewer = "00000000-0000-0000-0000-00000000a001"; // the demo reviewer (bot/Demo/DemoPeople.cs)
var appId = Guid.NewGuid().ToString();
var tenant = Guid.NewGuid().ToString(); // the bot's own tenant: a single-tenant bot serves only it
var devToken = Convert.ToHexString(Guid.NewGuid().ToByteArray());
var data = Directory.CreateTempSubdirectory("casecoach-load-").FullName;

await using var issuer = await LocalTokenIssuer.StartAsync();
var floor = await Floor.StartAsync();
var serviceUrl = floor.Url + "/";
var token = issuer.CreateToken(appId, serviceUrl);
var botUrl = $"http://127.0.0.1:{FreePort()}";
var botDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Bot))!, "..", "..", ".."));
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Data__Folder"] = data, ["MicrosoftAppId"] = appId,
    ["MicrosoftAppPassword"] = devToken, ["MicrosoftAppTenantId"] = tenant,
    // Outbound tokens would come from the real Entra endpoint: the dispatcher stays off so it cannot compete for the
    // cores with failing retries; what the turns write to the outbox stays there.
    ["Outbox__RunInBackground"] = "false",
    ["BotAuth__OpenIdMetadataUrl"] = issuer.MetadataUrl, ["BotAuth__EmulatorOpenIdMetadataUrl"] = issuer.MetadataUrl,
    ["Development__Token"] = devToken, ["Logging__LogLevel__Default"] = "Warning",
};
// A quarter of demo history gives the burst its action item (an open checklist row with its caseworker and reviewer).
await RunToEndAsync(Start(options.Bot, ["demo", "generate", "--quarters", "1"]));
using var bot = Start(options.Bot, ["--urls", botUrl]);
bot.OutputDataReceived += (_, _) => { };
bot.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"bot: {e.Data}"); };
bot.BeginOutputReadLine();
bot.BeginErrorReadLine();
using var http = new HttpClient { BaseAddress = new Uri(botUrl) };
try
{
    await WaitHealthyAsync(http);
    using (var sweep = new HttpRequestMessage(HttpMethod.Post, "/api/dev/sweep") { Headers = { { "X-CaseCoach-Development-Token", devToken } } })
        (await http.SendAsync(sweep)).EnsureSuccessStatusCode(); // assigns the demo reviews
    var database = Path.Combine(data, "casecoach.db");
    var reviewKey = ReviewOf(Reviewer, database);
    var (itemId, owner, itemReviewer, recordId) = OpenActionItem(database);
    // An agency's reviewers, each saving their own draft from their own chat: 32 more reviewers, each with a copy of
    // the demo reviewer's open review, written straight into the file the bot migrated.
    var seats = AddReviewers(database, Reviewer, reviewKey, options.Connections);
    // Each person's 1:1 chats are installed first, so every turn finds (and refreshes) its stored conversation.
    foreach (var (person, conversations) in new[] { (Reviewer, Conversations), (owner, Conversations), (itemReviewer, Conversations) })
        for (var c = 0; c < conversations; c++)
            await PostAsync(Activity("install-" + Guid.NewGuid().ToString("N"), person, c.ToString(CultureInfo.InvariantCulture), "conversationUpdate", new JsonObject
            {
                ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + appId }, new JsonObject { ["id"] = "29:" + person, ["aadObjectId"] = person }),
            }));
    foreach (var seat in seats)
        await PostAsync(Activity("install-" + Guid.NewGuid().ToString("N"), seat.Person, "0", "conversationUpdate", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + appId }, new JsonObject { ["id"] = "29:" + seat.Person, ["aadObjectId"] = seat.Person }),
        }));
    await PostAsync(Invoke("warm-start", Reviewer, "0", "review.start", new JsonObject { ["reviewId"] = reviewKey }));
    foreach (var seat in seats)
        await PostAsync(Invoke("start-" + Guid.NewGuid().ToString("N"), seat.Person, "0", "review.start", new JsonObject { ["reviewId"] = seat.Review }));
    const string DraftSaved = "Draft saved at"; // cards/review-survey.json: the answer of a save that saved

    Scenario[] scenarios =
    [
        new("read-only invoke (home.help)", Conversations, [Invoke("__ID__", Reviewer, "__CONV__", "home.help", new JsonObject())]),
        // The other read-only kind: a card refresh, the caseworker's own view of a checklist, read and bound per click.
        // Its floor is measured twice: answering only, and doing the refresh's own reads by hand first (as the 32 reviewers').
        new("read-only invoke, card refresh (actionItems.refresh)", Conversations,
            [Invoke("__ID__", owner, "__CONV__", "actionItems.refresh", new JsonObject { ["coachingRecordId"] = recordId })])
        { FloorReads = new ChecklistReads(database, owner, recordId).RunAsync },
        // One reviewer saving one review's draft: Teams runs the turns of one chat one at a time, so one conversation.
        new("state-changing invoke (review.saveDraft)", 1, [Invoke("__ID__", Reviewer, "__CONV__", "review.saveDraft", new JsonObject { ["reviewId"] = reviewKey, ["q1"] = "__ANSWER__" })])
        { SuccessMark = DraftSaved },
        // Many reviewers at once, each in their own chat on their own review: the turns that group commit can group.
        new($"state-changing invoke, {seats.Count} reviewers (review.saveDraft)", 1,
            [Invoke("__ID__", "__PERSON__", "__CONV__", "review.saveDraft", new JsonObject { ["reviewId"] = "__REVIEW__", ["q1"] = "__ANSWER__" })])
        { Seats = seats, SuccessMark = DraftSaved, FloorReads = new ReviewDraftReads(database, seats[0].Person, seats[0].Review).RunAsync },
        new("message turn (help)", Conversations, [Activity("__ID__", Reviewer, "__CONV__", "message", new JsonObject { ["text"] = "help" })]),
        // Everyone on one checklist row at once: its caseworker reports it done, its reviewer sends it back, over and over.
        new("burst on one action item (reportDone / sendBack)", Conversations,
        [
            Invoke("__ID__", owner, "__CONV__", "actionItems.reportDone", new JsonObject { ["actionItemId"] = itemId }),
            Invoke("__ID__", itemReviewer, "__CONV__", "actionItems.sendBack", new JsonObject { ["actionItemId"] = itemId, ["sendBackReason-" + itemId] = "Please attach the plan." }),
        ]),
    ];
    var rows = new List<string>();
    foreach (var scenario in scenarios.Where(s => s.Name.Contains(options.Only, StringComparison.Ordinal)))
    {
        // The floor answers with the bot's own answer to the scenario's first activity.
        var answers = new List<byte[]>();
        foreach (var body in scenario.Bodies)
            answers.Add(await PostAsync(Fill(body, "warm-" + Guid.NewGuid().ToString("N"), scenario.Seats.FirstOrDefault())));
        floor.Answer = answers[0];
        Console.Error.WriteLine($"{scenario.Name}: the bot answered " + string.Join(" then ", answers.Select(a => a.Length == 0 ? "(no body)" : Encoding.UTF8.GetString(a)[..Math.Min(a.Length, 120)])));
        var bodyFile = Path.Combine(data, "body.json");
        await File.WriteAllTextAsync(bodyFile, string.Join("\n----8<----\n", scenario.Bodies));
        await Wrk.RunAsync(floor.Url, bodyFile, token, scenario, options with { Duration = "3s" }); // warm-up, not counted
        var floorResult = await Wrk.RunAsync(floor.Url, bodyFile, token, scenario, options);
        await Wrk.RunAsync(botUrl, bodyFile, token, scenario, options with { Duration = "3s" });
        var botResult = await Wrk.RunAsync(botUrl, bodyFile, token, scenario, options);
        if (scenario.Seats.Count > 0)
        {
            if (botResult.Unmatched > 0)
                Console.Error.WriteLine($"{scenario.Name}: {botResult.Unmatched} answers named no review in flight (a person may have had two turns at once)");
            var versions = scenario.Seats.Select(s => VersionOf(s.Review, database)).ToList();
            Console.Error.WriteLine($"{scenario.Name}: {versions.Count} reviews saved, Version {versions.Min()} to {versions.Max()} (sum {versions.Sum()})");
        }
        rows.Add($"| {scenario.Name} | floor | {floorResult} | |");
        if (scenario.FloorReads is { } reads)
        {
            floor.Work = reads;
            await Wrk.RunAsync(floor.Url, bodyFile, token, scenario, options with { Duration = "3s" });
            var readsResult = await Wrk.RunAsync(floor.Url, bodyFile, token, scenario, options);
            floor.Work = null;
            rows.Add($"| {scenario.Name} | floor + its reads by hand (raw SQLite) | {readsResult} | {readsResult.RequestsPerSecond / floorResult.RequestsPerSecond:0.000}x |");
        }
        rows.Add($"| {scenario.Name} | bot | {botResult} | {botResult.RequestsPerSecond / floorResult.RequestsPerSecond:0.000}x |");
    }
    Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {options.Connections} connections, {options.Threads} wrk threads, {options.Duration} each, load average {File.ReadAllText("/proc/loadavg")[..14]}");
    Console.WriteLine("| Scenario | Target | Requests/s | p50 ms | p99 ms | 5xx | 409 | refused (other 4xx) | bot/floor |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    rows.ForEach(Console.WriteLine);
}
finally
{
    bot.Kill(entireProcessTree: true);
    await bot.WaitForExitAsync();
    await floor.DisposeAsync();
    SqliteConnection.ClearAllPools();
    try { Directory.Delete(data, recursive: true); } catch (IOException) { }
}

// The warm-up's copy of a scenario's activity: its placeholders filled as wrk.lua fills them, for the first seat.
static string Fill(string body, string id, Seat? seat) => body
    .Replace("__ID__", id, StringComparison.Ordinal).Replace("__CONV__", "0", StringComparison.Ordinal)
    .Replace("__ANSWER__", "Yes", StringComparison.Ordinal)
    .Replace("__PERSON__", seat?.Person ?? "", StringComparison.Ordinal).Replace("__REVIEW__", seat?.Review ?? "", StringComparison.Ordinal);

Process Start(string dll, string[] arguments)
{
    var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(dll), .. arguments])
    {
        // bot/, as `dotnet run --project bot` starts it: appsettings.Development.json (demo data) is read from there.
        UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = botDirectory,
    };
    foreach (var (key, value) in environment) start.Environment[key] = value;
    return Process.Start(start)!;
}

static async Task RunToEndAsync(Process process)
{
    using (process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"demo generate failed ({process.ExitCode}): {await output}{error}");
    }
}

async Task<byte[]> PostAsync(string body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.Authorization = new("Bearer", token);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadAsByteArrayAsync();
}

string Invoke(string id, string person, string conversation, string verb, JsonObject cardData) =>
    Activity(id, person, conversation, "invoke", new JsonObject
    {
        ["name"] = "adaptiveCard/action", ["replyToId"] = "card-1",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = cardData }, ["trigger"] = "manual",
        },
    });

// A Teams-shaped activity from one person's 1:1 chat number `conversation` (or "__CONV__", which wrk.lua fills in).
string Activity(string id, string person, string conversation, string type, JsonObject fields)
{
    var activity = new JsonObject
    {
        ["type"] = type, ["id"] = id, ["timestamp"] = "2026-11-23T10:00:00.000Z",
        ["serviceUrl"] = serviceUrl, ["channelId"] = "msteams", ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "29:" + person, ["name"] = "Load " + person[^4..], ["aadObjectId"] = person },
        ["conversation"] = new JsonObject { ["id"] = $"a:load-{person}-{conversation}", ["conversationType"] = "personal", ["tenantId"] = tenant },
        ["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "CaseCoach" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
    };
    foreach (var (name, value) in fields.ToList())
    {
        fields.Remove(name);
        activity[name] = value;
    }
    return activity.ToJsonString();
}

static string ReviewOf(string aadObjectId, string file)
{
    using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT r."Key" FROM "Reviews" r JOIN "People" p ON p."Id" = r."ReviewerId"
        WHERE p."AadObjectId" = $aad AND r."Status" IN ('Assigned', 'InProgress') ORDER BY r."Id" LIMIT 1
        """;
    command.Parameters.AddWithValue("$aad", aadObjectId);
    return command.ExecuteScalar() as string ?? throw new InvalidOperationException("The demo reviewer has no review after the sweep.");
}

// `count` reviewers copied from the demo reviewer (same unit, role and time zone; their own id, email and name), each
// assigned a copy of the demo reviewer's open review (same case and instrument; its own key and slot). Columns are
// read from the file, so a new column keeps its default or the copied value.
static List<Seat> AddReviewers(string file, string reviewer, string reviewKey, int count)
{
    using var connection = new SqliteConnection($"Data Source={file};Default Timeout=30");
    connection.Open();
    using var transaction = connection.BeginTransaction();
    string Copy(string table, string key, string[] replaced)
    {
        using var columns = connection.CreateCommand();
        columns.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE name <> 'Id'";
        var names = new List<string>();
        using (var reader = columns.ExecuteReader()) while (reader.Read()) names.Add(reader.GetString(0));
        var values = names.Select(n => replaced.Contains(n) ? "$" + n : $"\"{n}\"");
        return $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) SELECT {string.Join(", ", values)} FROM \"{table}\" WHERE {key}; SELECT last_insert_rowid();";
    }
    var person = Copy("People", "\"AadObjectId\" = $from", ["AadObjectId", "Email", "Name"]);
    var review = Copy("Reviews", "\"Key\" = $from", ["Key", "ReviewerId", "Slot"]);
    var seats = new List<Seat>();
    for (var i = 0; i < count; i++)
    {
        var aad = $"00000000-0000-0000-0001-{i:D12}";
        using var addPerson = connection.CreateCommand();
        addPerson.CommandText = person;
        addPerson.Parameters.AddWithValue("$from", reviewer);
        addPerson.Parameters.AddWithValue("$AadObjectId", aad);
        addPerson.Parameters.AddWithValue("$Email", $"load-reviewer-{i}@riverside.example");
        addPerson.Parameters.AddWithValue("$Name", $"Load Reviewer {i}");
        var personId = (long)addPerson.ExecuteScalar()!;
        using var addReview = connection.CreateCommand();
        addReview.CommandText = review;
        var key = Guid.NewGuid().ToString("N");
        addReview.Parameters.AddWithValue("$from", reviewKey);
        addReview.Parameters.AddWithValue("$Key", key);
        addReview.Parameters.AddWithValue("$ReviewerId", personId);
        addReview.Parameters.AddWithValue("$Slot", $"load-{i}");
        addReview.ExecuteScalar();
        seats.Add(new(aad, key));
    }
    transaction.Commit();
    return seats;
}

// Every save that saved adds one to the review's Version: how evenly the connections' saves went through.
static long VersionOf(string key, string file)
{
    using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = """SELECT "Version" FROM "Reviews" WHERE "Key" = $key""";
    command.Parameters.AddWithValue("$key", key);
    return (long)command.ExecuteScalar()!;
}

// An open checklist row from the demo history, with its owner (the caseworker) and the reviewer who verifies it.
static (string ItemId, string Owner, string Reviewer, string RecordId) OpenActionItem(string file)
{
    using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT a."Id", o."AadObjectId", v."AadObjectId", c."Id" FROM "ActionItem" a
        JOIN "People" o ON o."Id" = a."OwnerId"
        JOIN "CoachingRecord" c ON c."Id" = a."CoachingRecordId" JOIN "People" v ON v."Id" = c."ReviewerId"
        WHERE a."Status" = 'Open' ORDER BY a."DueOn" DESC LIMIT 1
        """;
    using var reader = command.ExecuteReader();
    if (!reader.Read()) throw new InvalidOperationException("The demo history has no open action item.");
    return (reader.GetString(0).ToLowerInvariant(), reader.GetString(1), reader.GetString(2), reader.GetString(3).ToLowerInvariant());
}

static async Task WaitHealthyAsync(HttpClient http)
{
    for (var attempt = 0; attempt < 240; attempt++)
    {
        try { if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return; }
        catch (HttpRequestException) { }
        await Task.Delay(250);
    }
    throw new TimeoutException("The bot did not answer /healthz within a minute.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
