using CaseCoach.Bot.Cli.Package;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>The Azure Bot registration: MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId.</summary>
public sealed class BotIdentityCheck : IDoctorCheck
{
    public const string AppType = "MicrosoftAppType";
    public const string AppId = "MicrosoftAppId";
    public const string AppPassword = "MicrosoftAppPassword";
    public const string TenantId = "MicrosoftAppTenantId";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var appId = context.Value(AppId);
        if (appId is null)
        {
            yield return context.IsDevelopment
                ? DoctorFinding.Ok(AppId, "not set: Bot Framework authentication is off (Development only)")
                : DoctorFinding.Missing(AppId, $"set it to the Azure Bot's Microsoft App ID (environment variable {AppId}); authentication is refused without it outside Development");
            yield break;
        }
        if (!TeamsAppRules.IsGuid(appId))
        {
            yield return DoctorFinding.Wrong(AppId, $"'{appId}' is not a GUID: copy the Microsoft App ID from the Azure Bot's Configuration page");
            yield break;
        }
        yield return DoctorFinding.Ok(AppId, appId);

        var type = context.Choice(AppType, "", "SingleTenant", "MultiTenant", "UserAssignedMSI");
        if (context.Value(AppType) is null)
            yield return DoctorFinding.Missing(AppType, "set it to SingleTenant (new Azure Bots are single-tenant)");
        else if (type is null)
            yield return DoctorFinding.Wrong(AppType, $"'{context.Value(AppType)}' is not one of SingleTenant, MultiTenant, UserAssignedMSI");
        else
            yield return DoctorFinding.Ok(AppType, type);

        if (type == "UserAssignedMSI")
            yield return DoctorFinding.Ok(AppPassword, "not needed: the managed identity signs in");
        else if (context.Value(AppPassword) is null)
            yield return DoctorFinding.Missing(AppPassword, $"set the app registration's client secret in environment variable {AppPassword} or Key Vault");
        else
            yield return DoctorFinding.Ok(AppPassword, "set (not shown)");

        var tenant = context.Value(TenantId);
        if (tenant is null && type is "SingleTenant" or "UserAssignedMSI")
            yield return DoctorFinding.Missing(TenantId, $"set it to your Microsoft Entra tenant id (a GUID): {type} bots sign in to that tenant");
        else if (tenant is not null && !TeamsAppRules.IsGuid(tenant))
            yield return DoctorFinding.Wrong(TenantId, $"'{tenant}' is not a GUID: use the Directory (tenant) ID from Microsoft Entra ID > Overview");
        else if (tenant is not null)
            yield return DoctorFinding.Ok(TenantId, tenant);
    }
}
