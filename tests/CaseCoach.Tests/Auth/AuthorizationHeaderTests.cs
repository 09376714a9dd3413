using Xunit;
using static CaseCoach.Tests.Auth.AuthTestHost;

namespace CaseCoach.Tests.Auth;

/// <summary>The header must be exactly "Bearer &lt;jwt&gt;" (bot-protocol.md §1.3 step 1).</summary>
public sealed class AuthorizationHeaderTests : IAsyncLifetime
{
    private AuthTestHost bot = null!;

    public async ValueTask InitializeAsync() => bot = await StartAsync("Production");

    public ValueTask DisposeAsync() => bot.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Request_without_an_Authorization_header_is_refused(string? header)
    {
        var result = await bot.AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.Contains("no Authorization header", result.FailureReason);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    [InlineData("Basic")]
    public async Task Scheme_other_than_case_sensitive_Bearer_is_refused(string scheme)
    {
        var validToken = bot.Issuer.CreateToken(AppId, ServiceUrl);

        var result = await bot.AuthenticateAsync($"{scheme} {validToken}");

        Assert.False(result.Succeeded);
        Assert.Contains("not 'Bearer <token>'", result.FailureReason);
    }

    [Theory]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer")]
    [InlineData("{0}")]
    public async Task Header_not_split_into_exactly_scheme_and_token_is_refused(string format)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, bot.Issuer.CreateToken(AppId, ServiceUrl));

        var result = await bot.AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.Contains("not 'Bearer <token>'", result.FailureReason);
    }

    [Fact]
    public async Task Bearer_value_that_is_not_a_JWT_is_refused()
    {
        var result = await bot.AuthenticateAsync("Bearer not-a-jwt");

        Assert.False(result.Succeeded);
        Assert.Contains("well-formed JWT", result.FailureReason);
    }
}
