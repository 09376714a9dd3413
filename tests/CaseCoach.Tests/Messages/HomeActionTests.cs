using System.Net;
using System.Text.Json;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

public class HomeActionTests
{
    [Fact]
    public async Task The_help_button_answers_with_the_commands_card()
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.SendAsync(channel.Activities.Invoke(TestPerson.Named("Dana"), "home.help"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.Contains("my reviews", body.GetProperty("value").ToString(), StringComparison.Ordinal);
    }
}
