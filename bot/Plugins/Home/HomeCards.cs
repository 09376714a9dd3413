using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Home;

namespace CaseCoach.Bot.Plugins.Home;

/// <summary>The welcome and help cards, listing the commands the installed plugins actually own.</summary>
public sealed class HomeCards(ICardRenderer cards, PluginCatalog catalog, IConfiguration configuration)
{
    public JsonElement Welcome(Activity activity) =>
        cards.Render(new WelcomeCard(FirstName(activity.From?.Name), OrganizationName, Commands()));

    public JsonElement Help() =>
        cards.Render(new HelpCard(Commands(), configuration["Bot:SupportContact"] ?? ""));

    private string OrganizationName => configuration["Bot:OrganizationName"] is { Length: > 0 } name ? name : "your agency";

    private List<CommandHelp> Commands() =>
        catalog.Commands.OrderBy(c => c.Command, StringComparer.Ordinal).Select(c => new CommandHelp(c.Command, c.Description)).ToList();

    /// <summary>Teams sends the display name; a greeting uses the first word of it, or "there".</summary>
    private static string FirstName(string? displayName) =>
        displayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "there";
}
