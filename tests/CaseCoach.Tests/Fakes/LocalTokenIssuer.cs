using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseCoach.Tests.Fakes;

/// <summary>Which key signs a token made by <see cref="LocalTokenIssuer"/>.</summary>
public enum IssuerKey
{
    /// <summary>Published, endorsed for <see cref="LocalTokenIssuer.EndorsedChannels"/> (msteams, outlook, emulator).</summary>
    Endorsed,
    /// <summary>Published, endorsed only for the "webchat" channel.</summary>
    OtherChannel,
    /// <summary>Published without an endorsements member.</summary>
    NoEndorsements,
    /// <summary>Never published in the JWKS.</summary>
    Unknown,
}

/// <summary>Everything about a token besides its audience and serviceurl; defaults make a valid channel token.</summary>
public sealed record TokenSpec
{
    public string Issuer { get; init; } = LocalTokenIssuer.BotFrameworkIssuer;
    /// <summary>Default: one minute before the issuer's clock.</summary>
    public DateTimeOffset? NotBefore { get; init; }
    /// <summary>Default: one hour after the issuer's clock.</summary>
    public DateTimeOffset? Expires { get; init; }
    public IssuerKey Key { get; init; } = IssuerKey.Endorsed;
    /// <summary>RS256, RS384, RS512, or "none" for an unsigned token.</summary>
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
    /// <summary>Corrupts the signature after signing.</summary>
    public bool TamperSignature { get; init; }
    /// <summary>Extra payload claims, e.g. ver/appid for an Emulator token.</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();
}

/// <summary>
/// A Bot Framework token service on 127.0.0.1: serves an OpenID metadata document and a JWKS whose
/// keys carry <c>endorsements</c> like login.botframework.com's, and signs tokens with those keys.
/// Point <c>BotAuth:OpenIdMetadataUrl</c> (and <c>BotAuth:EmulatorOpenIdMetadataUrl</c>) at <see cref="MetadataUrl"/>.
/// </summary>
public sealed class LocalTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string EmulatorIssuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    public static readonly IReadOnlyList<string> EndorsedChannels = ["msteams", "outlook", "emulator"];

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly Dictionary<IssuerKey, RsaSecurityKey> keys = Enum.GetValues<IssuerKey>()
        .ToDictionary(k => k, k => new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"{k.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}" });
    private readonly TimeProvider clock;
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<(int Times, TaskCompletionSource Done)> keySetWaiters = [];
    private int keySetRequests;

    private LocalTokenIssuer(TimeProvider clock)
    {
        this.clock = clock;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:PORT/.well-known/openidconfiguration</summary>
    public string MetadataUrl { get; private set; } = "";

    /// <summary>How many times the JWKS was fetched (a refresh after an unknown key shows up here).</summary>
    public int KeySetRequests
    {
        get { lock (gate) { return keySetRequests; } }
    }

    /// <summary>Completes once the JWKS has been fetched <paramref name="times"/> times in all.</summary>
    public Task KeySetRequestedAsync(int times)
    {
        lock (gate)
        {
            if (keySetRequests >= times)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            keySetWaiters.Add((times, done));
            return done.Task;
        }
    }

    /// <param name="clock">The clock default token lifetimes are computed from; share it with the code under test.</param>
    public static async Task<LocalTokenIssuer> StartAsync(TimeProvider? clock = null)
    {
        var issuer = new LocalTokenIssuer(clock ?? TimeProvider.System);
        await issuer.app.StartAsync();
        var address = issuer.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        issuer.MetadataUrl = $"{address.TrimEnd('/')}/.well-known/openidconfiguration";
        return issuer;
    }

    /// <summary>Configuration for a bot with <paramref name="appId"/> that trusts this issuer for channel and Emulator tokens.</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["BotAuth:OpenIdMetadataUrl"] = MetadataUrl,
        ["BotAuth:EmulatorOpenIdMetadataUrl"] = MetadataUrl,
    };

    /// <summary>A signed JWT for <paramref name="audience"/>; <paramref name="serviceUrl"/> null leaves out the serviceurl claim.</summary>
    public string CreateToken(string audience, string? serviceUrl, TokenSpec? spec = null)
    {
        spec ??= new TokenSpec();
        var now = clock.GetUtcNow();
        var notBefore = spec.NotBefore ?? now.AddMinutes(-1);
        var claims = new Dictionary<string, object>(spec.Claims);
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        if (spec.Algorithm == "none")
        {
            return Unsigned(audience, spec.Issuer, notBefore, spec.Expires ?? now.AddHours(1), claims);
        }

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (spec.Expires ?? now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(keys[spec.Key], spec.Algorithm),
        });
        return spec.TamperSignature ? Tamper(token) : token;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var key in keys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    private Task ServeAsync(HttpContext context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        object? document = context.Request.Path.Value switch
        {
            "/.well-known/openidconfiguration" => new Dictionary<string, object>
            {
                ["issuer"] = BotFrameworkIssuer,
                ["jwks_uri"] = $"{origin}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            },
            "/keys" => KeySet(),
            _ => null,
        };
        if (document is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return context.Response.WriteAsJsonAsync(document);
    }

    private object KeySet()
    {
        lock (gate)
        {
            keySetRequests++;
            foreach (var waiter in keySetWaiters.Where(w => w.Times <= keySetRequests).ToList())
            {
                waiter.Done.SetResult();
                keySetWaiters.Remove(waiter);
            }
        }

        return new { keys = new[] { Jwk(IssuerKey.Endorsed, EndorsedChannels), Jwk(IssuerKey.OtherChannel, ["webchat"]), Jwk(IssuerKey.NoEndorsements, null) } };
    }

    private Dictionary<string, object> Jwk(IssuerKey which, IReadOnlyList<string>? endorsements)
    {
        var parameters = keys[which].Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keys[which].KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    private static string Unsigned(string audience, string issuer, DateTimeOffset notBefore, DateTimeOffset expires, Dictionary<string, object> claims)
    {
        var payload = new Dictionary<string, object>(claims)
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = notBefore.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        return $"{Segment(new { alg = "none", typ = "JWT" })}.{Segment(payload)}.";

        static string Segment(object value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
    }

    /// <summary>Flips one character in the middle of the signature, so it still decodes but no longer verifies.</summary>
    private static string Tamper(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        var chars = token.ToCharArray();
        var i = signatureStart + ((token.Length - signatureStart) / 2);
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
