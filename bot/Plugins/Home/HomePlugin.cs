namespace CaseCoach.Bot.Plugins.Home;

/// <summary>
/// The bot's front door: help, and "my tasks" until the action-item workflow owns it. "my reviews"
/// belongs to the reviews plugin.
/// </summary>
public sealed class HomePlugin : IBotPlugin
{
    public string Name => "home";

    public void Register(PluginRegistration registration) => registration
        .Command<HelpCommand>("help", "what I can do for you")
        .Command<MyTasksCommand>("my tasks", "your open action items")
        .Verb<ShowHelpAction>("home.help");
}
