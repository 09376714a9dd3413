using CaseCoach.Core.Application;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// The poll card in the chats of its recipients (<see cref="CoachingParticipants.PollRecipients"/>), each in their
/// own view: sent once per request (the outbox key is cause and recipient), and replaced in place when it changes.
/// </summary>
public sealed class CoachingPollCopies(INotifier notifier)
{
    public async Task SendAsync(CoachingView view, CancellationToken cancellationToken)
    {
        foreach (var copy in CoachingPollNotice.Copies(view)) await notifier.NotifyAsync(copy, cancellationToken);
    }

    public async Task UpdateAsync(CoachingView view, CancellationToken cancellationToken)
    {
        foreach (var copy in CoachingPollNotice.Copies(view)) await notifier.UpdateDeliveredAsync(copy, cancellationToken);
    }
}
