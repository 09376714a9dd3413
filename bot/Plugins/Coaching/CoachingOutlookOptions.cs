namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>The <c>Outlook</c> section as coaching reads it: the actionable-message originator of the email card.</summary>
public sealed class CoachingOutlookOptions
{
    public const string SectionName = "Outlook";

    /// <summary>The provider id from the Actionable Email Developer Dashboard; empty means Outlook shows the HTML fallback.</summary>
    public string ActionableMessageOriginator { get; set; } = "";
}
