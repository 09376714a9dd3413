using System.Globalization;
using CaseCoach.Core.Outbox;
using CaseCoach.Tests.Outbox.FanOut;

// Issue 14 item 4: the outbox and the Connector client deliver reminders to distinct people against a loopback fake
// Connector that answers 429 (with Retry-After) over Teams' limits: 7/s and 1,800/h per conversation, 50/s per app and
// tenant. Real time by default; --virtual runs the same on a virtual clock (what the tests do).
string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
int Number(string name, string fallback) => int.Parse(Value(name, fallback), CultureInfo.InvariantCulture);

var limits = new OutboxOptions
{
    PerConversationPerSecond = Number("--per-conversation", "7"),
    PerConversationPerHour = Number("--per-conversation-hour", "1800"),
    PerTenantPerSecond = Number("--per-tenant", "50"),
    DeliveryLanes = Number("--lanes", "2"),
    BatchSize = Number("--batch", "20"),
    PacingHeadroom = double.Parse(Value("--headroom", "0.02"), CultureInfo.InvariantCulture),
};
var people = Number("--people", "10000");
var perPerson = Number("--per-person", "1");
TimeProvider clock = args.Contains("--virtual") ? new VirtualClock(DateTimeOffset.UtcNow) : TimeProvider.System;
var folder = Directory.CreateTempSubdirectory("casecoach-fanout-").FullName;
Console.WriteLine(FormattableString.Invariant(
    $"{people} people x {perPerson}, limits {limits.PerConversationPerSecond}/s and {limits.PerConversationPerHour}/h per conversation, ")
    + FormattableString.Invariant($"{limits.PerTenantPerSecond}/s per tenant, {limits.DeliveryLanes} lanes, batch {limits.BatchSize}, ")
    + FormattableString.Invariant($"headroom {limits.PacingHeadroom:P0}, ") + (clock is VirtualClock ? "virtual clock" : "real time"));
try
{
    var result = await FanOutRun.RunAsync(people, perPerson, limits, clock, folder, CancellationToken.None);
    Console.WriteLine(result);
    var ok = result.Lost == 0 && result.Duplicates == 0 && result.ThrottledShare < 0.01 && result.TimeRatio <= 1.05;
    Console.WriteLine(ok ? "target met: within 5% of the allowed time, under 1% 429s, none lost, none doubled" : "target NOT met");
    return ok ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
