using System.Text.RegularExpressions;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// The text of a message with the bot's own mention removed, as the SDK's RemoveMentionText does:
/// the mention entity whose mentioned id is the recipient tells which &lt;at&gt; text to strip.
/// </summary>
public static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities ?? [])
        {
            if (!string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
            if (mention.Mentioned?.Id is not { } id || id != activity.Recipient?.Id) continue;
            if (!string.IsNullOrEmpty(mention.Text))
                text = text.Replace(mention.Text, "", StringComparison.OrdinalIgnoreCase);
        }
        // A client may send the markup without a matching entity; the bot's name is never a command.
        text = AtTag().Replace(text, "");
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
