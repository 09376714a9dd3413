using CaseCoach.Bot.Plugins;
using CaseCoach.Cards.Text;
using CaseCoach.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Turns;

/// <summary>Every command a plugin registers names a help template that exists, so `help` can never fail on one.</summary>
public class CommandHelpTests
{
    [Fact]
    public async Task Every_registered_command_has_a_help_template_that_renders()
    {
        await using var bot = new BotApplication();
        var catalog = bot.Services.GetRequiredService<PluginCatalog>();
        var texts = bot.Services.GetRequiredService<ITextRenderer>();

        Assert.NotEmpty(catalog.Commands);
        Assert.All(catalog.Commands, c => Assert.False(string.IsNullOrWhiteSpace(texts.Render(c.Description, new { })), c.Command));
    }
}
