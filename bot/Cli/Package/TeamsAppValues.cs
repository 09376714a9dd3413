using Microsoft.Extensions.Configuration;

namespace CaseCoach.Bot.Cli.Package;

/// <summary>The values that turn the manifest template into an uploadable package.</summary>
/// <param name="AppVersion">Null keeps the template's version.</param>
public sealed record TeamsAppValues(string? AppId, string? BotId, string? BotDomain, string? AppVersion = null)
{
    public const string AppIdKey = "Teams:AppId";
    public const string BotIdKey = "MicrosoftAppId";
    public const string BotDomainKey = "Teams:BotDomain";
    public const string AppVersionKey = "Teams:AppVersion";

    /// <summary>Flags win; configuration fills what the flags left out.</summary>
    public TeamsAppValues OrFrom(IConfiguration configuration) => new(
        Pick(AppId, configuration[AppIdKey]),
        Pick(BotId, configuration[BotIdKey]),
        Pick(BotDomain, configuration[BotDomainKey]),
        Pick(AppVersion, configuration[AppVersionKey]));

    /// <summary>Every problem at once, so one run tells the administrator all there is to fix.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (AppId is null)
            problems.Add($"The Teams app id is missing: pass --app-id GUID or set {AppIdKey} (a new GUID you keep for this app).");
        else if (TeamsAppRules.CheckGuid("The Teams app id", AppId) is { } appIdProblem)
            problems.Add(appIdProblem);

        if (BotId is null)
            problems.Add($"The bot id is missing: pass --bot-id GUID or set {BotIdKey} (the Azure Bot's Microsoft App ID).");
        else if (TeamsAppRules.CheckGuid("The bot id", BotId) is { } botIdProblem)
            problems.Add(botIdProblem);

        if (BotDomain is null)
            problems.Add($"The bot domain is missing: pass --domain HOST or set {BotDomainKey} (the host of the messaging endpoint).");
        else if (TeamsAppRules.CheckDomain("The bot domain", BotDomain) is { } domainProblem)
            problems.Add(domainProblem);

        if (AppVersion is not null && TeamsAppRules.CheckVersion("The app version", AppVersion) is { } versionProblem)
            problems.Add(versionProblem);
        return problems;
    }

    private static string? Pick(string? flag, string? configured) =>
        !string.IsNullOrWhiteSpace(flag) ? flag.Trim()
        : !string.IsNullOrWhiteSpace(configured) ? configured.Trim()
        : null;
}
