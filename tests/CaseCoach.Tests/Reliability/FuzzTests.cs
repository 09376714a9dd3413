using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseCoach.Cards;
using CaseCoach.Tests.ActionItems;
using CaseCoach.Tests.Hosting;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;

namespace CaseCoach.Tests.Reliability;

/// <summary>
/// No 5xx for any input (reliability issue, items 1 and 2): 5,000 seeded malformed activities, sent with a valid
/// channel token to the real host, are each answered 200 or 4xx, and no answer carries exception text.
/// </summary>
public partial class FuzzTests
{
    private const int Requests = 5_000;
    private const int Seed = 20261202;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_thousand_malformed_activities_get_no_5xx_and_no_exception_text(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5)), provider);
        var reviewId = await world.CompleteReviewAsync();
        var items = await world.RecordCoachingAsync(reviewId, new DateOnly(2026, 11, 30), ("Update the safety plan", new DateOnly(2026, 12, 3), true));
        JsonNode[] knownIds = [JsonValue.Create(reviewId.ToString()), JsonValue.Create(reviewId), JsonValue.Create(items[0].ToString())];
        var people = new[] { world.Caseworker, world.Supervisor, world.Reviewer, world.DirectorOfQuality, TestPerson.Named("Pat Stranger") };
        var fuzzer = new ActivityFuzzer(Seed, world.Channel.Activities, people, AllVerbs(), knownIds);
        var authorization = new AuthenticationHeaderValue("Bearer", world.Channel.Issuer.CreateToken(TestChannel.AppId, world.Channel.Activities.ServiceUrl));
        var cases = Enumerable.Range(0, Requests).Select(fuzzer.Next).ToList();

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (fuzz, token) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Body(fuzz) };
            request.Headers.Authorization = authorization;
            using var response = await world.Channel.Http.SendAsync(request, token);
            var text = await response.Content.ReadAsStringAsync(token);
            if ((int)response.StatusCode >= 500 || InvokeAnswer.StatusOf(text) >= 500 || ExceptionText().IsMatch(text))
                failures.Add($"#{fuzz.Index} ({fuzz.Description}): {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
        });
        await world.Channel.SweepAsync();

        Assert.True(failures.IsEmpty, $"{failures.Count} of {Requests} failed (seed {Seed}):\n" + string.Join("\n", failures.Take(15)));
    }

    private static HttpContent Body(FuzzCase fuzz)
    {
        HttpContent content = fuzz.Chunked ? new StreamContent(new NoLengthStream(fuzz.Body)) : new ByteArrayContent(fuzz.Body);
        if (fuzz.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var parsed))
            content.Headers.ContentType = parsed;
        return content;
    }

    private static List<string> AllVerbs() =>
    [
        .. typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!),
        "home.help",
    ];

    [GeneratedRegex(@"\w+Exception\b|\s+at [A-Z][\w.]+\(|CaseCoach\.\w+\.\w+")]
    private static partial Regex ExceptionText();
}
