using CaseCoach.Bot.Turns;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// The acting person for the reviews chat commands. Card verbs go through the use cases (core/Reviews/ReviewWork),
/// which re-authorise the review; this stays for `my reviews` until it moves onto <see cref="TurnActor"/> directly.
/// </summary>
public sealed class ReviewAccess(TurnActor actor)
{
    public Task<Person?> FindActorAsync(TurnContext turn, CancellationToken cancellationToken) => actor.PersonAsync(turn, cancellationToken);
}
