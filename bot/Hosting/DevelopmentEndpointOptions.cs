namespace CaseCoach.Bot.Hosting;

/// <summary>
/// Section <c>Development</c>. The Development endpoints (time travel, run the sweeps, sign in as anyone) are
/// open while authentication is off; once a bot app id is set they answer only a caller that sends
/// <c>Token</c> in the <see cref="HeaderName"/> header, so a Development host reachable by Teams is not
/// a way round authentication.
/// </summary>
public sealed class DevelopmentEndpointOptions
{
    public const string SectionName = "Development";
    public const string HeaderName = "X-CaseCoach-Development-Token";
    public const int MinimumTokenLength = 16;

    public string? Token { get; set; }
}
