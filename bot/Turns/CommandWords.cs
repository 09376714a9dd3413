namespace CaseCoach.Bot.Turns;

/// <summary>How a typed chat command is read: words compared case- and spacing-insensitively, arguments as typed.</summary>
public static class CommandWords
{
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>What follows <paramref name="command"/>'s words in <paramref name="text"/> (case and spacing as typed), or "".</summary>
    public static string ArgumentsAfter(string command, string text)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.TrimStart();
        foreach (var word in command.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return "";
            rest = rest[word.Length..].TrimStart();
        }
        return rest.Trim();
    }
}
