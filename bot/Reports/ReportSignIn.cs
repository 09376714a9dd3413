using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseCoach.Bot.Reports;

/// <summary>
/// The signed-in person is their Entra object id: the "oid" claim of an Entra sign-in (Microsoft.Identity.Web maps
/// it to the long claim type), or the one Development's sign-in endpoint writes into the cookie.
/// </summary>
public static class ReportSignIn
{
    public const string ObjectIdClaim = "oid";
    private const string LongObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const int MaxIdLength = 64;

    public static string? ObjectId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? (user.FindFirst(ObjectIdClaim) ?? user.FindFirst(LongObjectIdClaim))?.Value : null;

    /// <summary>Development only (404 elsewhere): sign in as anyone, by object id, and go to the dashboard.</summary>
    public static void MapDevelopmentSignIn(this IEndpointRouteBuilder app) =>
        app.MapGet("/dev/sign-in", async (HttpContext context, string? @as) =>
        {
            if (string.IsNullOrWhiteSpace(@as) || @as.Length > MaxIdLength)
                return Results.BadRequest(new { error = "Add ?as=<aadObjectId of a known person> (at most 64 characters)." });
            var identity = new ClaimsIdentity([new Claim(ObjectIdClaim, @as.Trim())], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/reports");
        }).AddEndpointFilter<CaseCoach.Bot.Hosting.DevelopmentTokenFilter>();
}
