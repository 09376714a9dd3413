namespace CaseCoach.Core.Application;

/// <summary>Why a use case said no. The adapter picks the words (a template in cards/text); core never does.</summary>
public enum RefusalCode
{
    /// <summary>The thing does not exist, or the actor may not know that it does (never say which).</summary>
    NotFound,
    NotAllowed,
    /// <summary>Input breaks a rule; <see cref="Refusal.Field"/> names the input when there is one.</summary>
    Invalid,
    /// <summary>The thing is not in a state where this step applies.</summary>
    Conflict,
    AlreadyDone,
    /// <summary>Something the step needs (an instrument, a calendar) is missing or down.</summary>
    Unavailable,
}

/// <summary>
/// A refusal: nothing was changed. <paramref name="Reason"/> is a stable kebab-case key (e.g. <c>review-not-yours</c>)
/// that names the text template the adapter shows and the reason written to the log; it is never shown itself.
/// </summary>
public sealed record Refusal(RefusalCode Code, string Reason, string? Field = null);

/// <summary>
/// What a use case returns: done with its value (its effects already handed to the ports, in the caller's
/// transaction), or refused with a <see cref="Refusal"/>. Expected outcomes are results, never exceptions.
/// </summary>
public sealed record Result<T>
{
    private Result(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }
    public Refusal? Refusal { get; }
    public bool IsDone => Refusal is null;

    public static Result<T> Done(T value) => new(value, null);
    public static Result<T> Refused(RefusalCode code, string reason, string? field = null) => new(default, new Refusal(code, reason, field));

    public static implicit operator Result<T>(Refusal refusal) => new(default, refusal);
}
