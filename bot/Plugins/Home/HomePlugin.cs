namespace CaseCoach.Bot.Plugins.Home;

/// <summary>
/// The bot's front door: help. "my reviews" belongs to the reviews plugin and "my tasks" to the action-items plugin.
/// </summary>
public sealed class HomePlugin : IBotPlugin
{
    public string Name => "home";

    public void Register(PluginRegistration registration) => registration
        .Command<HelpCommand>("help", "help-help")
        .Verb<ShowHelpAction>("home.help", readOnly: true);

    public void AddServices(IServiceCollection services) => services.AddSingleton<HomeCards>();
}
