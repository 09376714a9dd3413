namespace CaseCoach.Bot.Mail;

/// <summary>Which <see cref="CaseCoach.Core.Mail.IMailSender"/> delivers email.</summary>
public enum MailProvider
{
    /// <summary>Standards-compliant .eml files in a folder; needs no tenant and no server.</summary>
    Outbox,
    Smtp,
    Graph,
}

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The outbox needs no sender identity, so it gets one that cannot be mistaken for a real mailbox.</summary>
    public const string DefaultOutboxFromAddress = "casecoach@localhost";

    public MailProvider Provider { get; set; } = MailProvider.Outbox;

    /// <summary>Defaults to <c>&lt;Data:Folder&gt;/outbox</c> (filled in at bind time).</summary>
    public string OutboxFolder { get; set; } = "";

    public MailFromOptions From { get; set; } = new();

    public SmtpMailOptions Smtp { get; set; } = new();

    public GraphMailOptions Graph { get; set; } = new();
}

public sealed class MailFromOptions
{
    /// <summary>Required for SMTP. For the outbox it defaults to casecoach@localhost; Graph sends as its mailbox when empty.</summary>
    public string? Address { get; set; }

    public string Name { get; set; } = "CaseCoach";
}

public sealed class SmtpMailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>True: STARTTLS is required (confidential content must not cross the wire in clear).
    /// False: TLS when the server offers it, TLS-on-connect on port 465.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed class GraphMailOptions
{
    /// <summary>UPN or object id of the mailbox that sends (the app needs Mail.Send for it).</summary>
    public string? Mailbox { get; set; }
}
