using System.Security.Cryptography;
using System.Text;
using CaseCoach.Bot.Connector.Auth;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Hosting;

/// <summary>Guards the Development endpoints while authentication is on (see <see cref="DevelopmentEndpointOptions"/>).</summary>
public sealed class DevelopmentTokenFilter(IOptions<BotAuthOptions> auth, IOptions<DevelopmentEndpointOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (auth.Value.IsAuthenticationDisabled)
            return await next(context);

        if (string.IsNullOrEmpty(options.Value.Token))
            return Results.Problem(
                $"Authentication is on, so the Development endpoints need Development:Token set and sent in the {DevelopmentEndpointOptions.HeaderName} header.",
                statusCode: StatusCodes.Status403Forbidden);

        var sent = context.HttpContext.Request.Headers[DevelopmentEndpointOptions.HeaderName].ToString();
        return Matches(sent, options.Value.Token)
            ? await next(context)
            : Results.Problem(
                $"Send the Development token in the {DevelopmentEndpointOptions.HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool Matches(string sent, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
