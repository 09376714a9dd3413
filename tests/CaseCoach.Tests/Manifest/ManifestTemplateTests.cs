using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Cli.Package;
using Xunit;

namespace CaseCoach.Tests.Manifest;

public sealed class ManifestTemplateTests
{
    private static JsonObject Template() =>
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("manifest/manifest.json")))!.AsObject();

    private static string Filled(Action<JsonObject>? change = null)
    {
        var values = new TeamsAppValues(TestIds.AppId, TestIds.BotId, TestIds.Domain);
        var manifest = JsonNode.Parse(TeamsAppPackage.FillManifest(ManifestFiles.Read(ManifestFiles.Manifest), values))!.AsObject();
        change?.Invoke(manifest);
        return manifest.ToJsonString();
    }

    [Fact]
    public void Schema_url_and_manifest_version_name_the_schema_the_tests_validate_against()
    {
        var manifest = Template();

        Assert.Equal(TeamsManifestSchema.Version, (string?)manifest["manifestVersion"]);
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{TeamsManifestSchema.Version}/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
    }

    [Fact]
    public void Template_keeps_the_Agents_Toolkit_placeholders_unfilled()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("manifest/manifest.json"));

        Assert.Contains("\"id\": \"${{TEAMS_APP_ID}}\"", text, StringComparison.Ordinal);
        Assert.Contains("\"botId\": \"${{BOT_ID}}\"", text, StringComparison.Ordinal);
        Assert.Contains("\"${{BOT_DOMAIN}}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_offers_help_my_tasks_and_my_reviews_in_personal_and_team_scopes_and_review_queue_in_personal_R1()
    {
        var bot = Template()["bots"]![0]!;
        var lists = bot["commandLists"]!.AsArray();

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.Equal(["help", "my tasks", "my reviews", "review queue"], lists[0]!["commands"]!.AsArray().Select(command => (string?)command!["title"]));
        Assert.Equal(["help", "my tasks", "my reviews"], lists[1]!["commands"]!.AsArray().Select(command => (string?)command!["title"]));
        Assert.Contains("QA supervisor", (string?)lists[0]!["commands"]![3]!["description"], StringComparison.Ordinal);
        Assert.Equal(
            ["personal", "team"],
            bot["commandLists"]!.AsArray().SelectMany(list => list!["scopes"]!.AsArray()).Select(scope => (string?)scope));
    }

    [Fact]
    public async Task Schema_validation_refuses_a_wrong_manifest_version_and_a_bot_id_that_is_no_GUID()
    {
        // Proves the validator bites, including on `const`, which NJsonSchema needs rewritten to enum.
        var errors = await TeamsManifestSchema.ValidateAsync(Filled(manifest =>
        {
            manifest["manifestVersion"] = "1.29";
            manifest["bots"]![0]!["botId"] = "casecoach-bot";
        }));

        Assert.Contains(errors, error => error.Contains("manifestVersion", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("botId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schema_validation_refuses_an_unknown_property()
    {
        var errors = await TeamsManifestSchema.ValidateAsync(Filled(manifest => manifest["botDomain"] = TestIds.Domain));

        Assert.Contains(errors, error => error.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Personal_tab_opens_the_reports_dashboard_on_the_bot_domain_which_validDomains_cover()
    {
        var manifest = JsonNode.Parse(Filled())!.AsObject();
        var tab = manifest["staticTabs"]!.AsArray().Single()!;

        Assert.Equal($"https://{TestIds.Domain}/reports", (string?)tab["contentUrl"]);
        Assert.Equal($"https://{TestIds.Domain}/reports", (string?)tab["websiteUrl"]);
        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.Equal(["personalTab"], tab["context"]!.AsArray().Select(context => (string?)context));
        Assert.InRange(((string?)tab["entityId"])!.Length, 1, 64); // v1.30 limits
        Assert.InRange(((string?)tab["name"])!.Length, 1, 128);
        Assert.Contains(new Uri((string)tab["contentUrl"]!).Host, manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.Empty(await TeamsManifestSchema.ValidateAsync(manifest.ToJsonString()));
    }

    [Fact]
    public void Filling_with_a_version_sets_it_and_keeps_valid_json()
    {
        var values = new TeamsAppValues(TestIds.AppId, TestIds.BotId, TestIds.Domain, "2.0.1");

        using var manifest = JsonDocument.Parse(TeamsAppPackage.FillManifest(ManifestFiles.Read(ManifestFiles.Manifest), values));

        Assert.Equal("2.0.1", manifest.RootElement.GetProperty("version").GetString());
    }
}
