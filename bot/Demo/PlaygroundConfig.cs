using System.Text;

namespace CaseCoach.Bot.Demo;

/// <summary>
/// The Microsoft 365 Agents Playground's config file (.m365agentsplayground.yml, schema 0.1.1 as shipped in
/// @microsoft/m365agentsplayground 0.2.28): the signed-in user is a demo person, so the bot knows them by
/// aadObjectId. Each person gets their own personal chat id, so switching person never mixes two chats' state.
/// </summary>
public static class PlaygroundConfig
{
    public const string FileName = ".m365agentsplayground.yml";
    public const string Package = "@microsoft/m365agentsplayground@0.2.28";
    public const string StartCommand = "npx -y " + Package + " -c msteams -e http://localhost:3978/api/messages";

    public static string PersonalChatId(DemoPerson person) => "a:casecoach-playground-" + person.AadObjectId[^12..];

    public static string For(DemoPerson current)
    {
        // The schema wants exactly five other users (they populate the group chat and the team).
        var others = DemoDirectory.All.Where(p => p != current).Take(5);
        var yml = new StringBuilder()
            .AppendLine("# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json")
            .AppendLine($"# Signs the Agents Playground in as {current.Name} ({current.Title}), a CaseCoach demo person.")
            .AppendLine("# Written by `dotnet run --project bot -- playground --as EMAIL`; see README \"See it in Teams' own emulator\".")
            .AppendLine("version: \"0.1.1\"")
            .AppendLine("tenantId: demo")
            .AppendLine("bot:")
            .AppendLine("  id: 28:casecoach-demo-bot")
            .AppendLine("  name: CaseCoach")
            .AppendLine("currentUser:");
        AppendUser(yml, current, "  ");
        yml.AppendLine("users:");
        foreach (var other in others) AppendUser(yml, other, "  - ", "    ");
        return yml
            .AppendLine("personalChat:")
            .AppendLine($"  id: \"{PersonalChatId(current)}\"")
            .AppendLine("groupChat:")
            .AppendLine("  id: \"19:casecoach-playground-group\"")
            .AppendLine("  name: CaseCoach demo group")
            .AppendLine("team:")
            .AppendLine("  id: \"19:casecoach-playground-team\"")
            .AppendLine("  name: Riverside quality team")
            .AppendLine("  aadGroupId: 00000000-0000-0000-0000-00000000d001")
            .AppendLine("  channels:")
            .AppendLine("    - id: \"19:casecoach-playground-general\"")
            .AppendLine("      name: General")
            .ToString();
    }

    private static void AppendUser(StringBuilder yml, DemoPerson person, string first, string? rest = null)
    {
        rest ??= first;
        var (given, surname) = person.Name.Split(' ', 2) is [var g, var s] ? (g, s) : (person.Name, "");
        yml.AppendLine($"{first}id: \"29:{person.AadObjectId}\"")
            .AppendLine($"{rest}name: {person.Name}")
            .AppendLine($"{rest}userPrincipleName: {person.Email}")
            .AppendLine($"{rest}aadObjectId: {person.AadObjectId}")
            .AppendLine($"{rest}givenName: {given}")
            .AppendLine($"{rest}surname: {surname}")
            .AppendLine($"{rest}email: {person.Email}");
    }
}
