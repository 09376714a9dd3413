using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Teams;

internal sealed class TeamsOptionsValidator(IConfiguration configuration) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        if (!options.InstallsProactively) return ValidateOptionsResult.Success;
        if (!Guid.TryParse(options.CatalogAppId, out _))
            return ValidateOptionsResult.Fail(
                $"set Teams:CatalogAppId to the app's id in your Teams app catalog, a GUID (Teams admin center > Manage apps), or leave it empty (got '{options.CatalogAppId}')");
        if (options.RememberRefusalFor < TimeSpan.FromMinutes(1) || options.RememberRefusalFor > TimeSpan.FromDays(30))
            return ValidateOptionsResult.Fail($"set Teams:RememberRefusalFor between 00:01:00 and 30.00:00:00 (got '{options.RememberRefusalFor}')");
        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var uri) || !(uri.Scheme == "https" || (uri.Scheme == "http" && uri.IsLoopback)))
            return ValidateOptionsResult.Fail($"set Teams:ServiceUrl to an https URL such as {TeamsOptions.DefaultServiceUrl} (got '{options.ServiceUrl}')");
        // Installing for a person and then writing to them needs the bot's own identity in the tenant.
        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppTenantId" })
            if (string.IsNullOrWhiteSpace(configuration[key]))
                return ValidateOptionsResult.Fail($"Teams:CatalogAppId installs the bot for people, which needs {key}: set it too");
        return ValidateOptionsResult.Success;
    }
}
