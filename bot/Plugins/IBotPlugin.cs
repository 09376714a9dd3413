namespace CaseCoach.Bot.Plugins;

/// <summary>
/// A workflow plugin (review surveys, coaching, action items, …). It declares what it owns: the
/// Action.Execute verbs of its cards, its chat commands and its sweeps. The host discovers every
/// registered plugin at start-up and refuses to start when two plugins claim the same verb or command.
/// </summary>
public interface IBotPlugin
{
    /// <summary>A short stable name used in logs and error messages.</summary>
    string Name { get; }

    void Register(PluginRegistration registration);

    /// <summary>
    /// The plugin's own services: its use cases (core/&lt;Area&gt;), card binders, mail composers and notice cards. Called
    /// once at start-up, so adding a plugin changes only the plugin list in <see cref="PluginServiceCollectionExtensions"/>.
    /// Verb, command and sweep handler types are registered by the host.
    /// </summary>
    void AddServices(IServiceCollection services) { }
}
