namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// The clock token lifetimes are read against. It is kept apart from the bot's own clock on purpose:
/// in Development the bot's clock can be moved (POST /api/dev/clock) to walk due dates, and a token
/// must not become valid again, or stay valid for ever, because someone moved it.
/// </summary>
public sealed class TokenClock(TimeProvider time)
{
    public static TokenClock System { get; } = new(TimeProvider.System);

    public TimeProvider Time { get; } = time;

    public DateTimeOffset UtcNow => Time.GetUtcNow();
}
