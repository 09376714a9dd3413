using System.CommandLine;
using CaseCoach.Bot.Cli.Package;
using Microsoft.Extensions.Configuration;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `package`: fills manifest/ with this deployment's ids and domain and writes the zip an administrator
/// uploads to Teams. `package --template` writes the unfilled appPackage.zip.template instead.
/// </summary>
public static class PackageCommand
{
    public static Command Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var output = new Option<string?>("--out") { Description = "Where to write the zip (default appPackage.zip, or appPackage.zip.template with --template)" };
        var appId = new Option<string?>("--app-id") { Description = $"The Teams app id, a GUID you keep for this app (default: {TeamsAppValues.AppIdKey})" };
        var botId = new Option<string?>("--bot-id") { Description = $"The Azure Bot's Microsoft App ID (default: {TeamsAppValues.BotIdKey})" };
        var domain = new Option<string?>("--domain") { Description = $"The bot's host name, without scheme, path or port (default: {TeamsAppValues.BotDomainKey})" };
        var version = new Option<string?>("--app-version") { Description = $"The app version, raised for each upload (default: {TeamsAppValues.AppVersionKey}, else the manifest's)" };
        var template = new Option<bool>("--template") { Description = "Write the unfilled template (appPackage.zip.template) from manifest/" };

        var command = new Command("package", "Write the Teams app package (appPackage.zip) for upload to the Teams admin center")
        {
            output, appId, botId, domain, version, template,
        };
        command.SetAction(parseResult =>
        {
            var console = parseResult.InvocationConfiguration.Output;
            var errors = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(template))
            {
                var templatePath = CallerPath.Resolve(parseResult.GetValue(output) ?? "appPackage.zip.template");
                ManifestFiles.WriteTemplate(templatePath);
                console.WriteLine($"Wrote {templatePath} (placeholders unfilled).");
                return 0;
            }

            var values = new TeamsAppValues(
                parseResult.GetValue(appId), parseResult.GetValue(botId), parseResult.GetValue(domain), parseResult.GetValue(version))
                .OrFrom(configuration);
            var problems = values.Problems();
            if (problems.Count > 0)
            {
                errors.WriteLine("No package written:");
                foreach (var problem in problems)
                    errors.WriteLine("  - " + problem);
                return 1;
            }

            var path = CallerPath.Resolve(parseResult.GetValue(output) ?? "appPackage.zip");
            TeamsAppPackage.Write(path, values);
            console.WriteLine($"Wrote {path} for bot {values.BotId} at {values.BotDomain}.");
            console.WriteLine("Upload it in the Teams admin center: Teams apps > Manage apps > Upload new app.");
            return 0;
        });
        return command;
    }
}
