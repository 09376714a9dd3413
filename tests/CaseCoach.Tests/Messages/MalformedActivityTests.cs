using System.Net;
using System.Text;
using System.Text.Json;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

/// <summary>Bad input gets a 400 with a message that says what is wrong, never a 500 or a stack trace.</summary>
public class MalformedActivityTests
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "malformed JSON", "{\"type\":\"message\",", "malformed JSON" },
        { "not an object", "[1,2,3]", "not a valid activity" },
        { "missing type", "{\"id\":\"1\",\"serviceUrl\":\"https://x/\"}", "no 'type'" },
        { "type of the wrong kind", "{\"type\":42}", "not a valid activity" },
        { "empty body", "", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_with_a_clear_message(string name, string body, string expected)
    {
        await using var channel = await TestChannel.StartAsync();
        Assert.NotNull(name);

        using var response = await PostRawAsync(channel, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ReadErrorAsync(response);
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_256_KB_is_a_400()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), new string('x', 257 * 1024));

        using var response = await channel.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("256 KB", await ReadErrorAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_a_400()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help");
        activity.Remove("conversation");
        activity["channelData"] = null;

        using var response = await channel.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", await ReadErrorAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GET_is_a_405()
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.Http.GetAsync("/api/messages", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostRawAsync(TestChannel channel, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + channel.Issuer.CreateToken(TestChannel.AppId, channel.Activities.ServiceUrl));
        return channel.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> ReadErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("error").GetProperty("message").GetString()!;
    }
}
