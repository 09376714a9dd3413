namespace CaseCoach.Bot.Plugins;

/// <summary>What one plugin declares. Handler types are resolved per turn from the request scope.</summary>
public sealed class PluginRegistration(string pluginName)
{
    internal List<(string Verb, Type Handler, bool ReadOnly)> Verbs { get; } = [];
    internal List<(string Command, string Description, Type Handler)> Commands { get; } = [];
    internal List<Type> Sweeps { get; } = [];

    public string PluginName { get; } = pluginName;

    /// <summary>Routes adaptiveCard/action invokes whose verb is exactly <paramref name="verb"/>.</summary>
    /// <param name="readOnly">The handler only reads: a redelivery runs it again instead of looking for the first answer.</param>
    public PluginRegistration Verb<THandler>(string verb, bool readOnly = false) where THandler : ICardActionHandler
    {
        Verbs.Add((verb, typeof(THandler), readOnly));
        return this;
    }

    /// <summary>Routes chat messages whose text (mention stripped, case-insensitive) is <paramref name="command"/>.</summary>
    /// <param name="descriptionTemplate">The cards/text template the help card shows beside the command.</param>
    public PluginRegistration Command<THandler>(string command, string descriptionTemplate) where THandler : IChatCommandHandler
    {
        Commands.Add((command, descriptionTemplate, typeof(THandler)));
        return this;
    }

    /// <summary>A sweep run by its background service and by the Development sweep endpoint.</summary>
    public PluginRegistration Sweep<TSweep>() where TSweep : ISweep
    {
        Sweeps.Add(typeof(TSweep));
        return this;
    }
}
