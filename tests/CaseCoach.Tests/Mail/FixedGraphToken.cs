using CaseCoach.Bot.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseCoach.Tests.Mail;

/// <summary>Stands in for MSAL only; everything the SDK does with the token over HTTP stays real.</summary>
internal sealed class FixedGraphToken : IGraphAccessTokenProvider
{
    public const string Token = "fixed-test-token";

    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Token);
}
