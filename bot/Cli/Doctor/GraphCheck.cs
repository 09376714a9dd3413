namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>
/// Calendar:Provider (Local | Graph), Graph:BaseUrl, and, when mail or calendar use Microsoft Graph, the
/// app credentials Graph signs in with (the bot's own registration, client-credentials flow).
/// </summary>
public sealed class GraphCheck : IDoctorCheck
{
    public const string CalendarProvider = "Calendar:Provider";
    public const string BaseUrl = "Graph:BaseUrl";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var calendar = context.Choice(CalendarProvider, "Local", "Local", "Graph");
        yield return calendar is null
            ? DoctorFinding.Wrong(CalendarProvider, $"'{context.Value(CalendarProvider)}' is not Local or Graph")
            : DoctorFinding.Ok(CalendarProvider, calendar);

        if (context.Value(BaseUrl) is { } baseUrl)
            yield return HttpsUrlRule.Check(context, BaseUrl, baseUrl, "Microsoft Graph");

        var usesGraph = calendar == "Graph"
            || string.Equals(context.Value(MailCheck.Provider), "Graph", StringComparison.OrdinalIgnoreCase);
        if (!usesGraph)
            yield break;
        // Graph application permissions are granted in one tenant: it must be named, whatever the bot type.
        var tenant = context.Value(BotIdentityCheck.TenantId);
        if (tenant is null)
            yield return DoctorFinding.Missing(BotIdentityCheck.TenantId, "Microsoft Graph (mail or calendar) needs your tenant id to sign in");
        if (context.Value(BotIdentityCheck.AppId) is null)
            yield return DoctorFinding.Missing(BotIdentityCheck.AppId, "Microsoft Graph (mail or calendar) signs in as the bot's app registration: set its Microsoft App ID");
    }
}
