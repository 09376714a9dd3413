using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins;

/// <summary>
/// Every verb, command and sweep of every plugin, built once at start-up. Duplicates are a
/// programming error, so they stop the host with a message naming both plugins.
/// </summary>
public sealed class PluginCatalog
{
    private readonly Dictionary<string, (string Plugin, Type Handler, bool ReadOnly)> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Plugin, string Description, Type Handler)> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Type> _sweeps = [];

    public PluginCatalog(IEnumerable<IBotPlugin> plugins)
    {
        foreach (var plugin in plugins)
        {
            var registration = new PluginRegistration(plugin.Name);
            plugin.Register(registration);
            foreach (var (verb, handler, readOnly) in registration.Verbs)
            {
                if (!_verbs.TryAdd(verb, (plugin.Name, handler, readOnly)))
                    throw new InvalidOperationException($"Card verb '{verb}' is registered by both '{_verbs[verb].Plugin}' and '{plugin.Name}'.");
            }
            foreach (var (command, description, handler) in registration.Commands)
            {
                var key = CommandWords.Normalise(command);
                if (!_commands.TryAdd(key, (plugin.Name, description, handler)))
                    throw new InvalidOperationException($"Chat command '{command}' is registered by both '{_commands[key].Plugin}' and '{plugin.Name}'.");
            }
            _sweeps.AddRange(registration.Sweeps);
        }
    }

    public IReadOnlyList<Type> Sweeps => _sweeps;

    public IEnumerable<(string Command, string Description)> Commands =>
        _commands.Select(c => (c.Key, c.Value.Description));

    public Type? FindVerbHandler(string verb) => _verbs.TryGetValue(verb, out var entry) ? entry.Handler : null;

    public bool IsReadOnlyVerb(string verb) => _verbs.TryGetValue(verb, out var entry) && entry.ReadOnly;

    /// <summary>The command the text is exactly; else the longest command taking arguments that the text begins with.</summary>
    public Type? FindCommandHandler(string text)
    {
        var normal = CommandWords.Normalise(text);
        if (_commands.TryGetValue(normal, out var entry)) return entry.Handler;
        return _commands.Where(c => typeof(IChatCommandWithArguments).IsAssignableFrom(c.Value.Handler) && normal.StartsWith(c.Key + " ", StringComparison.Ordinal))
            .OrderByDescending(c => c.Key.Length).Select(c => c.Value.Handler).FirstOrDefault();
    }

}
