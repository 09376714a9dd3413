using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Graph;

internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return ValidateOptionsResult.Fail(
                $"set Graph:BaseUrl to an absolute URL such as {GraphOptions.PublicBaseUrl} (got '{options.BaseUrl}')");
        }

        // Bearer tokens for the tenant's mail must never travel in clear; plain http is for loopback fakes only.
        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            return ValidateOptionsResult.Fail("set Graph:BaseUrl to an https URL (plain http is allowed for 127.0.0.1 only)");
        }

        return ValidateOptionsResult.Success;
    }
}
