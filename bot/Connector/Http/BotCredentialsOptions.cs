using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// The bot's Azure Bot registration, read from the configuration root under the Bot Framework
/// SDK's own key names so an existing appsettings or App Service configuration works unchanged.
/// No <see cref="MicrosoftAppId"/> means authentication is off (Development only, enforced inbound).
/// </summary>
public sealed class BotCredentialsOptions
{
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>SingleTenant when unset: new multi-tenant registrations cannot be created since 2025-07-31.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string EffectiveAppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? SingleTenant : MicrosoftAppType.Trim();

    public bool IsType(string appType) => string.Equals(EffectiveAppType, appType, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Refuses to start with credentials the outbound client could not use, saying what to set.</summary>
internal sealed class BotCredentialsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (!options.AuthenticationEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.IsType(BotCredentialsOptions.UserAssignedMsi))
        {
            return ValidateOptionsResult.Fail(
                "MicrosoftAppType=UserAssignedMSI is not supported by CaseCoach's Connector client. " +
                "Register the bot as SingleTenant and set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
        }

        var failures = new List<string>();
        if (!options.IsType(BotCredentialsOptions.SingleTenant) && !options.IsType(BotCredentialsOptions.MultiTenant))
        {
            failures.Add($"MicrosoftAppType must be SingleTenant (default) or MultiTenant, not '{options.MicrosoftAppType}'.");
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppId is set, so MicrosoftAppPassword (the bot's client secret) must be set too.");
        }

        if (options.IsType(BotCredentialsOptions.SingleTenant) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppType is SingleTenant (the default when unset), so MicrosoftAppTenantId (the bot's Entra tenant id) must be set; " +
                "a legacy multi-tenant bot sets MicrosoftAppType=MultiTenant instead.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
