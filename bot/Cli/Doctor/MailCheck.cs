namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>Mail:Provider (Outbox | Smtp | Graph) and the keys the chosen provider needs.</summary>
public sealed class MailCheck : IDoctorCheck
{
    public const string Provider = "Mail:Provider";
    public const string SmtpHost = "Mail:Smtp:Host";
    public const string SmtpPort = "Mail:Smtp:Port";
    public const string GraphMailbox = "Mail:Graph:Mailbox";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var provider = context.Choice(Provider, "Outbox", "Outbox", "Smtp", "Graph");
        if (provider is null)
        {
            yield return DoctorFinding.Wrong(Provider, $"'{context.Value(Provider)}' is not Outbox, Smtp or Graph");
            yield break;
        }
        yield return DoctorFinding.Ok(Provider, provider == "Outbox" && !context.IsDevelopment
            ? "Outbox: emails are written as .eml files and nobody receives them; choose Smtp or Graph to send"
            : provider);

        if (provider == "Smtp")
        {
            yield return context.Value(SmtpHost) is { } host
                ? DoctorFinding.Ok(SmtpHost, host)
                : DoctorFinding.Missing(SmtpHost, $"set the SMTP relay's host name ({DoctorContext.EnvironmentVariable(SmtpHost)})");
            if (context.Value(SmtpPort) is { } port && !(int.TryParse(port, out var number) && number is > 0 and <= 65535))
                yield return DoctorFinding.Wrong(SmtpPort, $"'{port}' is not a port number (1-65535), e.g. 587");
        }
        else if (provider == "Graph")
        {
            var mailbox = context.Value(GraphMailbox);
            if (mailbox is null)
                yield return DoctorFinding.Missing(GraphMailbox, "set the address of the mailbox the bot sends from (e.g. casecoach@agency.gov); keep it in the application access policy's group");
            else if (!mailbox.Contains('@', StringComparison.Ordinal) || mailbox.StartsWith('@') || mailbox.EndsWith('@'))
                yield return DoctorFinding.Wrong(GraphMailbox, $"'{mailbox}' is not an email address");
            else
                yield return DoctorFinding.Ok(GraphMailbox, mailbox);
        }
    }
}
