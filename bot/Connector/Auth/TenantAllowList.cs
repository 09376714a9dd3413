using CaseCoach.Bot.Connector.Schema;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// Which tenants' activities the bot serves (<c>BotAuth:AllowedTenants</c>). Empty list: every tenant,
/// except that a SingleTenant app with no list serves only its own tenant (<c>MicrosoftAppTenantId</c>).
/// The host answers 403 for an authenticated activity from a tenant that is not allowed.
/// </summary>
public sealed class TenantAllowList(IOptions<BotAuthOptions> options)
{
    public IReadOnlyCollection<string> AllowedTenants { get; } = Effective(options.Value);

    public bool AllowsAll => AllowedTenants.Count == 0;

    public bool IsAllowed(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsAllowed(activity.TenantId);
    }

    public bool IsAllowed(string? tenantId) =>
        AllowsAll || (!string.IsNullOrWhiteSpace(tenantId) && AllowedTenants.Contains(tenantId.Trim()));

    private static HashSet<string> Effective(BotAuthOptions settings)
    {
        var listed = settings.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim());
        if (!listed.Any() && settings.IsSingleTenant && !string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId))
        {
            listed = [settings.MicrosoftAppTenantId.Trim()];
        }

        return new HashSet<string>(listed, StringComparer.OrdinalIgnoreCase);
    }
}
