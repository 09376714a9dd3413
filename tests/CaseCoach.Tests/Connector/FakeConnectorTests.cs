using System.Net.Http.Json;
using CaseCoach.Tests.Fakes;
using Xunit;

namespace CaseCoach.Tests.Connector;

/// <summary>The fake is shared by other areas' tests, so its own promises are checked here.</summary>
public sealed class FakeConnectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Waiting_for_a_count_completes_when_that_many_requests_arrived()
    {
        await using var fake = await FakeConnector.StartAsync();
        using var http = new HttpClient();
        var waiting = fake.WaitForRequestsAsync(2);

        await http.PostAsJsonAsync(fake.ServiceUrl + "v3/conversations/a%3A1/activities", new { type = "message" }, Ct);
        Assert.False(waiting.IsCompleted);
        await http.PostAsJsonAsync(fake.ServiceUrl + "v3/conversations/a%3A1/activities", new { type = "message" }, Ct);

        var requests = await waiting;
        Assert.Equal(2, requests.Count);
        Assert.Equal("/v3/conversations/a%3A1/activities", requests[0].Path);
    }

    [Fact]
    public async Task Scripted_answers_are_used_in_order_then_defaults_resume()
    {
        await using var fake = await FakeConnector.StartAsync("teams/");
        fake.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromSeconds(5)), FakeConnectorResponse.Error(403, "MessageWritesBlocked"));
        using var http = new HttpClient();
        var url = fake.ServiceUrl + "v3/conversations/a%3A1/activities";

        using var first = await http.PostAsJsonAsync(url, new { type = "message" }, Ct);
        using var second = await http.PostAsJsonAsync(url, new { type = "message" }, Ct);
        using var third = await http.PostAsJsonAsync(url, new { type = "message" }, Ct);

        Assert.EndsWith("/teams/", fake.ServiceUrl);
        Assert.Equal((429, TimeSpan.FromSeconds(5)), ((int)first.StatusCode, first.Headers.RetryAfter!.Delta!.Value));
        Assert.Equal(403, (int)second.StatusCode);
        Assert.Contains("MessageWritesBlocked", await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(200, (int)third.StatusCode);
        Assert.Contains("\"id\"", await third.Content.ReadAsStringAsync(Ct));
    }
}
