namespace CaseCoach.Bot.Plugins.Home;

/// <summary>
/// The bot's front door: help and "my reviews" ("my tasks" belongs to the action-items plugin). "my reviews"
/// answers from the review workflow; until that plugin exists there is nothing assigned to list.
/// </summary>
public sealed class HomePlugin : IBotPlugin
{
    public string Name => "home";

    public void Register(PluginRegistration registration) => registration
        .Command<HelpCommand>("help", "what I can do for you")
        .Command<MyReviewsCommand>("my reviews", "the case reviews assigned to you")
        .Verb<ShowHelpAction>("home.help");
}
