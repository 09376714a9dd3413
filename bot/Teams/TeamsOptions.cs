namespace CaseCoach.Bot.Teams;

/// <summary>
/// Section <c>Teams</c>, proactive installation (the section's AppId, BotDomain and AppVersion feed the `package` verb).
/// With <see cref="CatalogAppId"/> set, the bot installs its Teams app for a
/// person it has no 1:1 chat with (Microsoft Graph, permission TeamsAppInstallation.ReadWriteSelfForUser.All) and
/// sends there; without it such a person is reached by email only.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>
    /// The app's id in the tenant's Teams app catalog (Teams admin center > Manage apps > the app > App ID), a GUID. Not the
    /// manifest id (Teams:AppId): the catalog gives an app uploaded by the organisation an id of its own.
    /// </summary>
    public string? CatalogAppId { get; set; }

    /// <summary>
    /// The Connector endpoint for chats the bot opens itself, until Teams tells it the person's own (the newest stored
    /// conversation's serviceUrl in the tenant is preferred).
    /// </summary>
    public string ServiceUrl { get; set; } = DefaultServiceUrl;

    /// <summary>
    /// How long a 403 or 404 from the installation is believed before Graph is asked again for that person (their
    /// notices go by email meanwhile). Default one day; between one minute and 30 days.
    /// </summary>
    public TimeSpan RememberRefusalFor { get; set; } = TimeSpan.FromDays(1);

    public bool InstallsProactively => !string.IsNullOrWhiteSpace(CatalogAppId);
}
