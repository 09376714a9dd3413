using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Home;
using CaseCoach.Cards.Text;

namespace CaseCoach.Bot.Plugins.Home;

/// <summary>
/// The welcome and help cards, listing the commands the installed plugins actually own. A singleton: the help card is
/// the same for everyone until the support contact changes, so a click on "help" answers the card bound once.
/// </summary>
public sealed class HomeCards(ICardRenderer cards, ITextRenderer texts, PluginCatalog catalog, IConfiguration configuration)
{
    private sealed record BoundHelp(string SupportContact, JsonElement Card);

    private BoundHelp? _help;

    /// <summary>Teams sends the display name; the greeting uses its first word.</summary>
    public JsonElement Welcome(Activity activity) =>
        cards.Render(new WelcomeCard(Phrasing.FirstName(activity.From?.Name, texts.Render(new GreetingFallbackText())), OrganizationName, Commands()));

    public JsonElement Help()
    {
        var contact = configuration["Bot:SupportContact"] ?? "";
        if (_help is not { } help || help.SupportContact != contact)
            _help = help = new(contact, cards.Render(new HelpCard(Commands(), contact)));
        return help.Card;
    }

    private string OrganizationName =>
        configuration["Bot:OrganizationName"] is { Length: > 0 } name ? name : texts.Render(new OrganizationFallbackText());

    private List<CommandHelp> Commands() =>
        catalog.Commands.OrderBy(c => c.Command, StringComparer.Ordinal).Select(c => new CommandHelp(c.Command, texts.Render(c.Description, new { }))).ToList();
}
