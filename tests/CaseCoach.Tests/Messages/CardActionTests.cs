using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

/// <summary>adaptiveCard/action invokes: validated as the SDK does, routed by verb, answered in Teams' invoke-response format.</summary>
public class CardActionTests
{
    [Fact]
    public async Task A_verb_is_routed_to_its_plugin_and_answered_with_a_card()
    {
        await using var channel = await TestChannel.StartAsync(services: EchoPlugin.AddTo);
        var dana = TestPerson.Named("Dana");

        using var response = await channel.SendAsync(channel.Activities.Invoke(dana, "echo.who", new JsonObject { ["itemId"] = "42" }));
        var body = await ReadAsync(response);
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal($"caller={dana.AadObjectId};item=42", body.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("echoed", Assert.Single(channel.Connector.Requests).BodyString("text"));
    }

    [Fact]
    public async Task Identity_comes_from_the_activity_never_from_card_data()
    {
        await using var channel = await TestChannel.StartAsync(services: EchoPlugin.AddTo);
        var dana = TestPerson.Named("Dana");
        var data = new JsonObject { ["itemId"] = "42", ["aadObjectId"] = "someone-else", ["from"] = "someone-else" };

        using var response = await channel.SendAsync(channel.Activities.Invoke(dana, "echo.who", data));

        var text = (await ReadAsync(response)).GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString();
        Assert.StartsWith($"caller={dana.AadObjectId};", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_handler_answers_a_friendly_error_and_sends_nothing()
    {
        await using var channel = await TestChannel.StartAsync(services: EchoPlugin.AddTo);

        using var response = await channel.SendAsync(channel.Activities.Invoke(TestPerson.Named("Dana"), "echo.fail"));
        var body = await ReadAsync(response);
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.DoesNotContain("secret internal detail", body.ToString(), StringComparison.Ordinal);
        Assert.Empty(channel.Connector.Requests);
    }

    [Fact]
    public async Task An_unknown_verb_is_a_400_invoke_response()
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.SendAsync(channel.Activities.Invoke(TestPerson.Named("Dana"), "review.forged"));
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Contains("no longer supported", body.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing value")]
    [InlineData("not Action.Execute")]
    [InlineData("no verb")]
    public async Task A_malformed_invoke_value_is_a_400_invoke_response(string defect)
    {
        await using var channel = await TestChannel.StartAsync(services: EchoPlugin.AddTo);
        var invoke = channel.Activities.Invoke(TestPerson.Named("Dana"), "echo.who");
        var action = invoke["value"]!["action"]!.AsObject();
        switch (defect)
        {
            case "missing value": invoke.Remove("value"); break;
            case "not Action.Execute": action["type"] = "Action.Submit"; break;
            case "no verb": action.Remove("verb"); break;
        }

        using var response = await channel.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, (await ReadAsync(response)).GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_is_a_400_in_Teams_error_shape_never_a_5xx()
    {
        await using var channel = await TestChannel.StartAsync();
        var invoke = channel.Activities.Invoke(TestPerson.Named("Dana"), "x");
        invoke["name"] = "task/fetch";

        using var response = await channel.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_click_that_keeps_meeting_a_concurrent_change_is_retried_then_told_someone_else_changed_it_never_a_5xx()
    {
        await using var channel = await TestChannel.StartAsync(services: EchoPlugin.AddTo);
        var before = EchoPlugin.ConflictingHandler.Runs;

        using var response = await channel.SendAsync(channel.Activities.Invoke(TestPerson.Named("Dana"), "echo.conflict"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(409, body.GetProperty("statusCode").GetInt32());
        Assert.Contains("Someone else changed this", body.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(CaseCoach.Bot.Turns.TurnProcessor.MaxAttempts, EchoPlugin.ConflictingHandler.Runs - before);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_failure_nothing_caught_is_a_plain_500_without_exception_text_in_every_environment(string environment)
    {
        await using var channel = await TestChannel.StartAsync(environment: environment, services: EchoPlugin.AddTo);

        using var response = await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Dana"), "echo fail"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal("InternalError", (await ReadAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
}
