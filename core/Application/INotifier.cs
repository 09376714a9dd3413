using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Application;

/// <summary>
/// A typed notice for one person's 1:1 chat. Each kind is a record deriving from this; the bot holds one
/// <c>INoticeCard&lt;TNotice&gt;</c> per kind that turns it into the card people read.
/// </summary>
public abstract record Notice(Person Recipient, Cause Cause)
{
    /// <summary>
    /// The email twin sent when Teams cannot deliver the notice: cards/email/notice-TWIN.*.liquid (the generic
    /// cards/email/notice.* when a kind has none yet). By default the cause's name, so a new kind gets its own wording
    /// by adding a template.
    /// </summary>
    public virtual string EmailTwin => Cause.Name;

    /// <summary>
    /// true when the recipient gets the same content by an email of its own, sent with the notice (its own outbox row,
    /// retried and shown as stuck on its own): when Teams cannot deliver the notice, no twin is sent, so the person
    /// gets one email, and that email is the channel that delivered the notice.
    /// </summary>
    public virtual bool EmailedAlongside => false;

    /// <summary>Fidelity events that count only once a channel delivered the notice (R24: "reminder sent").</summary>
    public virtual IReadOnlyList<DeliveryReceipt> Receipts => [];
}

/// <summary>A fidelity event (core/ActionItems) written when, and only when, its notice reached the person by some channel.</summary>
public sealed record DeliveryReceipt(string Kind, long CaseId, Guid? CoachingRecordId = null, Guid? ActionItemId = null, DateOnly? DueOn = null);

/// <summary>Port: notify a person in their personal chat with the bot, in the caller's transaction (an outbox row).</summary>
public interface INotifier
{
    /// <returns>
    /// true once the notice is queued: it goes to the 1:1 chat (installing the bot for the person when needed), else
    /// by its email twin; a notice no channel could deliver is shown to the QA supervisor as stuck.
    /// </returns>
    Task<bool> NotifyAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice;

    /// <summary>
    /// Port: re-render <paramref name="notice"/> and replace, in place, the copy of the card first sent to its recipient
    /// for the same cause (a card that is updated has a cause of its own per recipient, as each sees their own buttons).
    /// Copies not yet delivered are updated when they are.
    /// </summary>
    Task<int> UpdateDeliveredAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice;
}
