namespace CaseCoach.Core.Clocks;

/// <summary>
/// "This stage of this hand-off's clock has fired": the unique <see cref="Key"/> (e.g. "nudge:decision:42") is the
/// stored decision that makes the clock sweep safe to repeat and to run on two instances at once.
/// </summary>
public sealed class HandOffAlert
{
    public const int KeyMaxLength = 160;

    private HandOffAlert() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset FiredAt { get; private set; }

    public static string KeyFor(HandOffStage stage, StalledHandOff handOff)
    {
        ArgumentNullException.ThrowIfNull(handOff);
        return $"{stage.Name()}:{handOff.Step.Name()}:{handOff.Subject}";
    }

    public static HandOffAlert Fired(HandOffStage stage, StalledHandOff handOff, DateTimeOffset now) =>
        new() { Key = KeyFor(stage, handOff), DueAt = handOff.DueAt, FiredAt = now };
}
