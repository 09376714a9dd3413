using CaseCoach.Bot.Plugins.Home;
using CaseCoach.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Turns;

/// <summary>The help card is the same for everyone, so it is bound once (issue 14), yet never outlives its settings.</summary>
public class HelpCardTests
{
    [Fact]
    public async Task The_help_card_bound_once_is_bound_again_when_the_support_contact_changes()
    {
        await using var channel = await TestChannel.StartAsync();
        var home = channel.Bot.Services.GetRequiredService<HomeCards>();
        var configuration = channel.Bot.Services.GetRequiredService<IConfiguration>();

        configuration["Bot:SupportContact"] = "qa-help@agency.example";
        var first = home.Help().GetRawText();
        var again = home.Help().GetRawText();
        configuration["Bot:SupportContact"] = "helpdesk@agency.example";
        var changed = home.Help().GetRawText();

        Assert.Contains("qa-help@agency.example", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.Contains("helpdesk@agency.example", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("qa-help@agency.example", changed, StringComparison.Ordinal);
    }
}
