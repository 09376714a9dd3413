using CaseCoach.Bot.Graph;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaseCoach.Bot.Calendar;

/// <summary>Start-up checks whose messages name the key to set; only the chosen provider's keys are required.</summary>
internal sealed class CalendarOptionsValidator(IOptions<GraphAppCredentials> graphCredentials) : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case CalendarProvider.Local:
                if (string.IsNullOrWhiteSpace(options.LocalFolder))
                {
                    failures.Add("set Calendar:LocalFolder (or Data:Folder) to a writable folder for Calendar:Provider=Local");
                }

                if (!MailboxAddress.TryParse(options.OrganizerEmail, out var organizer) || !organizer.Address.Contains('@', StringComparison.Ordinal))
                {
                    failures.Add($"set Calendar:OrganizerEmail to a valid email address (got '{options.OrganizerEmail}')");
                }

                break;
            case CalendarProvider.Graph:
                if (string.IsNullOrWhiteSpace(options.Graph.OrganizerMailbox))
                {
                    failures.Add("set Calendar:Graph:OrganizerMailbox (the UPN or id of the organising mailbox) for Calendar:Provider=Graph");
                }

                failures.AddRange(graphCredentials.Value.MissingKeys()
                    .Select(key => $"set {key} (the bot's app registration) for Calendar:Provider=Graph"));
                break;
            default:
                failures.Add("set Calendar:Provider to Local or Graph");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
