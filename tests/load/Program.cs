using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

// Issue 14 item 1: the bot (Release, embedded defaults, authentication on against a local token service) and a bare
// Kestrel endpoint that answers the same invoke with the bot's own answer, loaded one after the other by wrk with the
// same Teams-shaped activity, a unique activity id per request.
var options = Args.Parse(args);
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
using var bot = Process.Start(new ProcessStartInfo("dotnet", [options.Bot, "--urls", botUrl])
{
    UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
    // bot/, as `dotnet run --project bot` starts it: appsettings.Development.json (demo data) is read from there.
    WorkingDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Bot))!, "..", "..", "..")),
    Environment =
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Data__Folder"] = data, ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = devToken, ["MicrosoftAppTenantId"] = tenant,
        // Outbound tokens would come from the real Entra endpoint: the dispatcher stays off so it cannot compete for the
        // cores with failing retries; the invokes measured here write no outbox rows.
        ["Outbox__RunInBackground"] = "false",
        ["BotAuth__OpenIdMetadataUrl"] = issuer.MetadataUrl, ["BotAuth__EmulatorOpenIdMetadataUrl"] = issuer.MetadataUrl,
        ["Development__Token"] = devToken, ["Logging__LogLevel__Default"] = "Warning",
    },
})!;
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
    var reviewKey = ReviewOf(Reviewer, Path.Combine(data, "casecoach.db"));
    await PostAsync(Invoke("warm-start", "review.start", new JsonObject { ["reviewId"] = reviewKey }));

    Scenario[] scenarios =
    [
        new("read-only invoke (home.help)", Invoke("__ID__", "home.help", new JsonObject())),
        new("state-changing invoke (review.saveDraft)", Invoke("__ID__", "review.saveDraft", new JsonObject { ["reviewId"] = reviewKey, ["q1"] = "Yes" })),
    ];
    var rows = new List<string>();
    foreach (var scenario in scenarios)
    {
        floor.Answer = await PostAsync(scenario.Body.Replace("__ID__", "warm-" + Guid.NewGuid().ToString("N"), StringComparison.Ordinal));
        if (!Encoding.UTF8.GetString(floor.Answer).Contains("\"statusCode\":200,\"type\":\"application/vnd.microsoft.card.adaptive\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"{scenario.Name}: the bot did not answer with a card: {Encoding.UTF8.GetString(floor.Answer)}");
        var bodyFile = Path.Combine(data, "body.json");
        await File.WriteAllTextAsync(bodyFile, scenario.Body);
        await Wrk.RunAsync(floor.Url, bodyFile, token, options with { Duration = "3s" }); // warm-up, not counted
        var floorResult = await Wrk.RunAsync(floor.Url, bodyFile, token, options);
        await Wrk.RunAsync(botUrl, bodyFile, token, options with { Duration = "3s" });
        var botResult = await Wrk.RunAsync(botUrl, bodyFile, token, options);
        rows.Add($"| {scenario.Name} | floor | {floorResult} | |");
        rows.Add($"| {scenario.Name} | bot | {botResult} | {botResult.RequestsPerSecond / floorResult.RequestsPerSecond:0.000}x |");
    }
    Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {options.Connections} connections, {options.Threads} wrk threads, {options.Duration} each");
    Console.WriteLine("| Scenario | Target | Requests/s | p50 ms | p99 ms | 4xx/5xx | bot/floor |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
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

async Task<byte[]> PostAsync(string body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.Authorization = new("Bearer", token);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadAsByteArrayAsync();
}

string Invoke(string id, string verb, JsonObject cardData) => new JsonObject
{
    ["type"] = "invoke", ["name"] = "adaptiveCard/action", ["id"] = id, ["timestamp"] = "2026-11-23T10:00:00.000Z",
    ["serviceUrl"] = serviceUrl, ["channelId"] = "msteams", ["locale"] = "en-US", ["replyToId"] = "card-1",
    ["from"] = new JsonObject { ["id"] = "29:load-reviewer", ["name"] = "Jordan Patel", ["aadObjectId"] = Reviewer },
    ["conversation"] = new JsonObject { ["id"] = "a:load-reviewer", ["conversationType"] = "personal", ["tenantId"] = tenant },
    ["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "CaseCoach" },
    ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
    ["value"] = new JsonObject
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = cardData }, ["trigger"] = "manual",
    },
}.ToJsonString();

static string ReviewOf(string aadObjectId, string file)
{
    using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = """SELECT r."Key" FROM "Reviews" r JOIN "People" p ON p."Id" = r."ReviewerId" WHERE p."AadObjectId" = $aad ORDER BY r."Id" LIMIT 1""";
    command.Parameters.AddWithValue("$aad", aadObjectId);
    return command.ExecuteScalar() as string ?? throw new InvalidOperationException("The demo reviewer has no review after the sweep.");
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

internal sealed record Scenario(string Name, string Body);

internal sealed record Args(string Bot, string Duration, int Connections, int Threads)
{
    public static Args Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        return new(Value("--bot", "bot/bin/Release/net10.0/CaseCoach.Bot.dll"), Value("--duration", "15s"),
            int.Parse(Value("--connections", "32"), CultureInfo.InvariantCulture), int.Parse(Value("--threads", "2"), CultureInfo.InvariantCulture));
    }
}

/// <summary>The floor: Kestrel reading the activity and answering with fixed bytes, no routing, no authentication.</summary>
internal sealed class Floor : IAsyncDisposable
{
    private WebApplication app = null!;

    public string Url { get; private set; } = "";

    public byte[] Answer { get; set; } = "{}"u8.ToArray();

    public static async Task<Floor> StartAsync()
    {
        var floor = new Floor();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        floor.app = builder.Build();
        floor.app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            await reader.ReadToEndAsync(context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(floor.Answer, context.RequestAborted);
        });
        await floor.app.StartAsync();
        floor.Url = floor.app.Urls.Single().TrimEnd('/');
        return floor;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

internal sealed record WrkResult(double RequestsPerSecond, double P50, double P99, int Non2xx, long Requests)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RequestsPerSecond:N0} | {P50:0.00} | {P99:0.00} | {Non2xx}");
}

internal static class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, string bodyFile, string token, Args options)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "wrk.lua");
        var start = new ProcessStartInfo("wrk", ["-t", options.Threads.ToString(CultureInfo.InvariantCulture), "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", options.Duration, "-s", script, url]) { UseShellExecute = false, RedirectStandardOutput = true, Environment = { ["BODY_FILE"] = bodyFile, ["BOT_TOKEN"] = token } };
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var line = output.Split('\n').SingleOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no result:\n" + output);
        var f = line.Split(' ');
        return new(double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture),
            double.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture));
    }
}
