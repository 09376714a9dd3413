using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Application;
using CaseCoach.Core.Mail;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// Payload of an outbox row of kind "notice": a message for one person's 1:1 chat with its email twin. The chat is
/// looked up (or opened by installing the bot) when the row is delivered, not when it is written, so a person who
/// installs the app in between gets it in Teams. <see cref="Reference"/> is the chat known at writing time, if any.
/// </summary>
public sealed record NoticePayload(
    string RecipientAadObjectId, ConversationReference? Reference, Activity Activity, EmailMessage? Email,
    IReadOnlyList<DeliveryReceipt>? Receipts)
{
    /// <summary>No twin: the person got the same content by an email of its own (<see cref="Notice.EmailedAlongside"/>).</summary>
    public bool EmailedAlongside { get; init; }
}

public static class NoticeOutbox
{
    public const string Kind = "notice";

    /// <summary>Prefix of <c>ExternalId</c> on a notice that its email twin delivered (the rest is the mail id).</summary>
    public const string EmailDelivered = "email:";

    /// <summary><c>ExternalId</c> of a notice Teams could not deliver whose content went by its own email (<see cref="NoticePayload.EmailedAlongside"/>).</summary>
    public const string EmailedAlongside = EmailDelivered + "alongside";
}
