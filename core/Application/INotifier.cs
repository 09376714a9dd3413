using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Application;

/// <summary>
/// A typed notice for one person's 1:1 chat. Each kind is a record deriving from this; the bot holds one
/// <c>INoticeCard&lt;TNotice&gt;</c> per kind that turns it into the card people read.
/// </summary>
public abstract record Notice(Person Recipient, Cause Cause);

/// <summary>Port: notify a person in their personal chat with the bot, in the caller's transaction (an outbox row).</summary>
public interface INotifier
{
    /// <returns>false when the person never installed the bot, so there is nowhere to send (not an error).</returns>
    Task<bool> NotifyAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice;

    /// <summary>
    /// Port: re-render <paramref name="notice"/> and replace every delivered copy of the card first sent for the
    /// same cause (all recipients), in place. Copies not yet delivered are updated when they are.
    /// </summary>
    Task<int> UpdateDeliveredAsync<TNotice>(TNotice notice, CancellationToken cancellationToken) where TNotice : Notice;
}
