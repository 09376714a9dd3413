namespace CaseCoach.Bot.Plugins.Home;

/// <summary>
/// The bot's front door: help, and the personal lists. "my reviews" and "my tasks" answer from the
/// review and action-item workflows; until those plugins exist there is nothing assigned to list.
/// </summary>
public sealed class HomePlugin : IBotPlugin
{
    public string Name => "home";

    public void Register(PluginRegistration registration) => registration
        .Command<HelpCommand>("help", "what I can do for you")
        .Command<MyReviewsCommand>("my reviews", "the case reviews assigned to you")
        .Command<MyTasksCommand>("my tasks", "your open action items")
        .Verb<ShowHelpAction>("home.help");
}
