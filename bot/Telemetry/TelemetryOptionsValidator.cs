using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Telemetry;

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (options.OtlpEndpoint is { Length: > 0 } endpoint
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            failures.Add($"Telemetry:OtlpEndpoint must be an absolute http(s) address such as http://otel-collector:4318 (got '{endpoint}').");
        if (options.ExportInterval < TimeSpan.FromMilliseconds(100) || options.ExportInterval > TimeSpan.FromHours(1))
            failures.Add("Telemetry:ExportInterval must be between 00:00:00.1 and 01:00:00.");
        if (options.BacklogInterval < TimeSpan.FromMilliseconds(100) || options.BacklogInterval > TimeSpan.FromHours(1))
            failures.Add("Telemetry:BacklogInterval must be between 00:00:00.1 and 01:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
