namespace CaseCoach.Cards.Mail;

/// <summary>
/// The model of every notice's email twin (cards/email/notice-TWIN.*.liquid, or the generic cards/email/notice.*):
/// the greeting and the notice's own lines, as the card or chat text showed them.
/// </summary>
public sealed record NoticeEmail(string FirstName, IReadOnlyList<string> Lines)
{
    public const string Generic = "notice";

    /// <summary>The twin's own template when cards/email has one, else the generic one.</summary>
    public static string TemplateFor(string twin, IEmailTemplateRenderer templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var own = $"{Generic}-{twin}";
        return templates.Has(own) ? own : Generic;
    }
}
