using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Hosting;

internal sealed class DevelopmentEndpointOptionsValidator : IValidateOptions<DevelopmentEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, DevelopmentEndpointOptions options) =>
        options.Token is { } token && token.Length < DevelopmentEndpointOptions.MinimumTokenLength
            ? ValidateOptionsResult.Fail(
                $"Development:Token must be at least {DevelopmentEndpointOptions.MinimumTokenLength} characters (a random value, e.g. from `openssl rand -hex 16`).")
            : ValidateOptionsResult.Success;
}
