namespace CaseCoach.Bot.Reports;

/// <summary>Section <c>Reports</c>: how people sign in to the dashboard.</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>
    /// Sign in with Microsoft Entra ID (Microsoft.Identity.Web) using the bot's app registration
    /// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>). Off: only Development's
    /// <c>GET /dev/sign-in?as=AADOBJECTID</c> signs anyone in.
    /// </summary>
    public bool EntraSignIn { get; set; }
}
