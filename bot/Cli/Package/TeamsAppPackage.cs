using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseCoach.Bot.Cli.Package;

/// <summary>Fills the manifest template's ${{PLACEHOLDERS}} and writes appPackage.zip.</summary>
public static partial class TeamsAppPackage
{
    // The Microsoft 365 Agents Toolkit's placeholder syntax, so the same manifest/ works with the toolkit.
    [GeneratedRegex(@"\$\{\{([A-Z0-9_]+)\}\}")]
    private static partial Regex Placeholder();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The filled manifest.json. The values must already be free of <see cref="TeamsAppValues.Problems"/>.</summary>
    public static byte[] FillManifest(byte[] template, TeamsAppValues values)
    {
        var placeholders = new Dictionary<string, string>
        {
            ["TEAMS_APP_ID"] = values.AppId!.ToLowerInvariant(),
            ["BOT_ID"] = values.BotId!.ToLowerInvariant(),
            ["BOT_DOMAIN"] = values.BotDomain!.ToLowerInvariant(),
        };
        var text = Placeholder().Replace(Encoding.UTF8.GetString(template), match =>
            placeholders.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException(
                    $"manifest/manifest.json uses {match.Value}, which the package command does not fill."));
        if (values.AppVersion is null)
            return Encoding.UTF8.GetBytes(text);

        var manifest = JsonNode.Parse(text)!.AsObject();
        manifest["version"] = values.AppVersion;
        return Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented));
    }

    /// <summary>Writes the package: manifest.json and both icons at the zip root, as Teams wants them.</summary>
    public static void Write(string path, TeamsAppValues values) =>
        ManifestFiles.WriteZip(path, ManifestFiles.Names.Select(name => KeyValuePair.Create(
            name,
            name == ManifestFiles.Manifest
                ? FillManifest(ManifestFiles.Read(name), values)
                : ManifestFiles.Read(name))));
}
