using CaseCoach.Bot.Cli.Package;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>BotAuth:AllowedTenants (tenant GUIDs) and the optional BotAuth:OpenIdMetadataUrl override.</summary>
public sealed class BotAuthCheck : IDoctorCheck
{
    public const string AllowedTenants = "BotAuth:AllowedTenants";
    public const string OpenIdMetadataUrl = "BotAuth:OpenIdMetadataUrl";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var tenants = context.Values(AllowedTenants);
        var notGuids = tenants.Where(tenant => !TeamsAppRules.IsGuid(tenant)).ToList();
        if (notGuids.Count > 0)
            yield return DoctorFinding.Wrong(AllowedTenants, $"not tenant GUIDs: {string.Join(", ", notGuids)}; list Directory (tenant) IDs, e.g. {DoctorContext.EnvironmentVariable(AllowedTenants)}__0=<GUID>");
        else if (tenants.Count > 0)
            yield return DoctorFinding.Ok(AllowedTenants, string.Join(", ", tenants));
        else if (!context.IsDevelopment)
            yield return DoctorFinding.Missing(AllowedTenants, $"list your tenant id so activities from other tenants are refused ({DoctorContext.EnvironmentVariable(AllowedTenants)}__0=<GUID>)");

        if (context.Value(OpenIdMetadataUrl) is { } url)
            yield return HttpsUrlRule.Check(context, OpenIdMetadataUrl, url, "the Bot Framework OpenID metadata");
    }
}
