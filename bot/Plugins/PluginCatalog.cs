namespace CaseCoach.Bot.Plugins;

/// <summary>
/// Every verb, command and sweep of every plugin, built once at start-up. Duplicates are a
/// programming error, so they stop the host with a message naming both plugins.
/// </summary>
public sealed class PluginCatalog
{
    private readonly Dictionary<string, (string Plugin, Type Handler)> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Plugin, string Description, Type Handler)> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Type> _sweeps = [];

    public PluginCatalog(IEnumerable<IBotPlugin> plugins)
    {
        foreach (var plugin in plugins)
        {
            var registration = new PluginRegistration(plugin.Name);
            plugin.Register(registration);
            foreach (var (verb, handler) in registration.Verbs)
            {
                if (!_verbs.TryAdd(verb, (plugin.Name, handler)))
                    throw new InvalidOperationException($"Card verb '{verb}' is registered by both '{_verbs[verb].Plugin}' and '{plugin.Name}'.");
            }
            foreach (var (command, description, handler) in registration.Commands)
            {
                var key = NormaliseCommand(command);
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

    public Type? FindCommandHandler(string text) =>
        _commands.TryGetValue(NormaliseCommand(text), out var entry) ? entry.Handler : null;

    private static string NormaliseCommand(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
