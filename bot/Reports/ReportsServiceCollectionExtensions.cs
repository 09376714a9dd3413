using CaseCoach.Core.Reports;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace CaseCoach.Bot.Reports;

/// <summary>The dashboard (R23-R27): report queries, Razor Pages under Reports/Pages, and sign-in.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseCoachReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseCoachReportQueries();
        services.AddSingleton<TrendSvg>();
        services.AddRazorPages(options => options.RootDirectory = "/Reports/Pages");
        var options = configuration.GetSection(ReportsOptions.SectionName).Get<ReportsOptions>() ?? new ReportsOptions();
        if (options.EntraSignIn)
            AddEntraSignIn(services, configuration);
        else
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
            {
                cookie.Cookie.Name = "CaseCoach.Reports";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.HttpOnly = true;
                // Pages answer 401/403 themselves with a sentence; no redirect to a login page that does not exist.
                cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            });
        return services;
    }

    /// <summary>The bot's app registration signs people in; its redirect URI must include https://HOST/signin-oidc.</summary>
    private static void AddEntraSignIn(IServiceCollection services, IConfiguration configuration)
    {
        var clientId = configuration["MicrosoftAppId"];
        var tenantId = configuration["MicrosoftAppTenantId"];
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(tenantId))
            throw new InvalidOperationException("Reports:EntraSignIn needs MicrosoftAppId and MicrosoftAppTenantId (the bot's app registration).");
        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(identity =>
            {
                identity.Instance = configuration["Reports:Instance"] ?? "https://login.microsoftonline.com/";
                identity.TenantId = tenantId;
                identity.ClientId = clientId;
                identity.ClientSecret = configuration["MicrosoftAppPassword"];
                identity.CallbackPath = "/signin-oidc";
            }, cookieScheme: CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static WebApplication MapCaseCoachReports(this WebApplication app)
    {
        app.MapRazorPages();
        if (app.Environment.IsDevelopment())
            app.MapDevelopmentSignIn();
        return app;
    }
}
