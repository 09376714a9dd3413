using System.Net;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

/// <summary>POST /api/messages accepts only what the Bot Framework would: every forged case is a 401 and changes nothing.</summary>
public class InboundAuthenticationTests
{
    public static TheoryData<string> ForgedCases => new()
    {
        "expired", "not yet valid", "wrong audience", "wrong issuer", "unknown key", "bad signature",
        "alg none", "serviceUrl mismatch", "missing header", "channel not endorsed",
    };

    [Fact]
    public async Task A_valid_channel_token_is_accepted_with_200()
    {
        await using var channel = await TestChannel.StartAsync();

        using var response = await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Dana"), "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ForgedCases))]
    public async Task A_forged_request_is_refused_with_401_and_no_reply(string forgery)
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help");
        var serviceUrl = channel.Activities.ServiceUrl;
        var now = DateTimeOffset.UtcNow;
        var issuer = channel.Issuer;
        var authorization = forgery switch
        {
            "expired" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) })),
            "not yet valid" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) })),
            "wrong audience" => Bearer(issuer.CreateToken(Guid.NewGuid().ToString(), serviceUrl)),
            "wrong issuer" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { Issuer = "https://api.botframework.example" })),
            "unknown key" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { Key = IssuerKey.Unknown })),
            "bad signature" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { TamperSignature = true })),
            "alg none" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { Algorithm = "none" })),
            "serviceUrl mismatch" => Bearer(issuer.CreateToken(TestChannel.AppId, "https://smba.trafficmanager.net/amer/")),
            "missing header" => "",
            "channel not endorsed" => Bearer(issuer.CreateToken(TestChannel.AppId, serviceUrl, new TokenSpec { Key = IssuerKey.OtherChannel })),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        using var response = await channel.SendAsync(activity, authorization);
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Connector.Requests);
    }

    [Fact]
    public async Task An_activity_from_another_tenant_is_refused_with_403()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help");
        activity["conversation"]!["tenantId"] = "11111111-2222-3333-4444-555555555555";
        activity["channelData"]!["tenant"]!["id"] = "11111111-2222-3333-4444-555555555555";

        using var response = await channel.SendAsync(activity);
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(channel.Connector.Requests);
    }

    private static string Bearer(string token) => "Bearer " + token;
}
