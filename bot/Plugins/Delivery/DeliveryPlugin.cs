namespace CaseCoach.Bot.Plugins.Delivery;

/// <summary>Issue 12: nothing is lost silently. `stuck` shows the QA supervisor what no channel could deliver, and why.</summary>
public sealed class DeliveryPlugin : IBotPlugin
{
    public string Name => "delivery";

    public void Register(PluginRegistration registration) => registration
        .Command<StuckCommand>("stuck", "help-stuck");
}
