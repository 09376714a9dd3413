using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// Who is acting in this turn and what time it is, resolved once per turn (the service is scoped to the turn) and
/// shared by every plugin. The person comes only from the activity's from.aadObjectId, never from card data.
/// </summary>
public sealed class TurnActor(CaseCoachDbContext db, TimeProvider time)
{
    private DateTimeOffset? _now;
    private (string AadObjectId, Person? Person)? _found;

    /// <summary>"Now" for the whole turn, so every rule and stored date in it agrees.</summary>
    public DateTimeOffset Now => _now ??= time.GetUtcNow();

    /// <summary>The acting person, or null when they are not set up (or the activity carries no aadObjectId).</summary>
    public async Task<Person?> PersonAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.UserAadObjectId is not { Length: > 0 } aadObjectId) return null;
        if (_found is { } found && found.AadObjectId == aadObjectId) return found.Person;
        var person = await TurnQueries.PersonAsync(db, aadObjectId, cancellationToken);
        _found = (aadObjectId, person);
        return person;
    }
}
