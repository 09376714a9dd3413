using CaseCoach.Bot.Graph;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaseCoach.Bot.Mail;

/// <summary>Start-up checks whose messages name the key to set; only the chosen provider's keys are required.</summary>
internal sealed class MailOptionsValidator(IOptions<GraphAppCredentials> graphCredentials) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("set Mail:Provider to Outbox, Smtp or Graph");
        }

        if (!string.IsNullOrWhiteSpace(options.From.Address) && !MailboxAddress.TryParse(options.From.Address, out _))
        {
            failures.Add($"set Mail:From:Address to a valid email address (got '{options.From.Address}')");
        }

        switch (options.Provider)
        {
            case MailProvider.Outbox when string.IsNullOrWhiteSpace(options.OutboxFolder):
                failures.Add("set Mail:OutboxFolder (or Data:Folder) to a writable folder");
                break;
            case MailProvider.Smtp:
                ValidateSmtp(options, failures);
                break;
            case MailProvider.Graph:
                ValidateGraph(options, failures);
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSmtp(MailOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            failures.Add("set Mail:Smtp:Host for Mail:Provider=Smtp");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add("set Mail:Smtp:Port to a TCP port between 1 and 65535");
        }

        if (string.IsNullOrWhiteSpace(options.From.Address))
        {
            failures.Add("set Mail:From:Address (the sender address) for Mail:Provider=Smtp");
        }

        if (!string.IsNullOrWhiteSpace(options.Smtp.UserName) && string.IsNullOrEmpty(options.Smtp.Password))
        {
            failures.Add("set Mail:Smtp:Password (Mail:Smtp:UserName is set)");
        }
    }

    private void ValidateGraph(MailOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Graph.Mailbox))
        {
            failures.Add("set Mail:Graph:Mailbox (the UPN or id of the sending mailbox) for Mail:Provider=Graph");
        }

        failures.AddRange(graphCredentials.Value.MissingKeys()
            .Select(key => $"set {key} (the bot's app registration) for Mail:Provider=Graph"));
    }
}
