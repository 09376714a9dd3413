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
        { "a NUL escape", "{\"type\":\"message\",\"text\":\"a\\u0000b\"}", "NUL character" },
        { "an unpaired surrogate escape", "{\"type\":\"message\",\"text\":\"a\\uD800b\"}", "unpaired UTF-16 surrogate" },
        { "a low surrogate alone", "{\"type\":\"invoke\",\"value\":{\"x\":\"\\udc00\"}}", "unpaired UTF-16 surrogate" },
    };

    [Fact]
    public async Task A_body_that_is_not_UTF8_is_a_400()
    {
        await using var channel = await TestChannel.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")]),
        };

        using var response = await channel.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await ReadErrorAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conversation.id")]
    [InlineData("from.aadObjectId")]
    [InlineData("from.id")]
    [InlineData("id")]
    public async Task An_id_longer_than_its_column_or_with_control_characters_is_a_400_naming_the_field(string field)
    {
        await using var channel = await TestChannel.StartAsync();
        foreach (var value in new[] { new string('a', 401), "29:abc\u0007def" })
        {
            var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help");
            var (parent, name) = field.Split('.') is [var p, var n] ? ((System.Text.Json.Nodes.JsonObject)activity[p]!, n) : (activity, field);
            parent[name] = value;

            using var response = await channel.SendAsync(activity);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"'{field}'", await ReadErrorAsync(response), StringComparison.Ordinal);
        }
        Assert.Empty(channel.Connector.Requests);
    }

    [Fact]
    public async Task An_escaped_backslash_before_u0000_is_text_not_a_NUL()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help \\u0000");

        using var response = await channel.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

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
