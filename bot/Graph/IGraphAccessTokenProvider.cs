using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseCoach.Bot.Graph;

/// <summary>
/// The bearer tokens the Graph SDK sends. A DI seam of its own so tests can hand the real SDK a fixed
/// token while every byte of HTTP to the (fake) Graph stays real.
/// </summary>
public interface IGraphAccessTokenProvider : IAccessTokenProvider;
