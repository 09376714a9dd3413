using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Cli.Package;
using Xunit;

namespace CaseCoach.Tests.Manifest;

public sealed class PackageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casecoach-package-").FullName;

    private string OutPath => Path.Combine(_folder, "appPackage.zip");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CliRun Package(params string[] flags) =>
        CliRun.Invoke(PackageCommand.Create(CliRun.Configuration()), ["package", "--out", OutPath, .. flags]);

    private Dictionary<string, byte[]> Entries()
    {
        using var zip = ZipFile.OpenRead(OutPath);
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public async Task Produced_manifest_is_valid_against_the_official_Teams_schema()
    {
        var run = Package("--app-id", TestIds.AppId, "--bot-id", TestIds.BotId, "--domain", TestIds.Domain);

        Assert.Equal(0, run.ExitCode);
        var errors = await TeamsManifestSchema.ValidateAsync(Encoding.UTF8.GetString(Entries()[ManifestFiles.Manifest]));
        Assert.Empty(errors);
    }

    [Fact]
    public void Package_holds_the_filled_manifest_and_both_icons_at_the_zip_root()
    {
        Package("--app-id", TestIds.AppId, "--bot-id", TestIds.BotId, "--domain", TestIds.Domain);

        var entries = Entries();
        Assert.Equal(["color.png", "manifest.json", "outline.png"], entries.Keys.Order());
        using var manifest = JsonDocument.Parse(entries[ManifestFiles.Manifest]);
        var root = manifest.RootElement;
        Assert.Equal(TestIds.AppId, root.GetProperty("id").GetString());
        Assert.Equal(TestIds.BotId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(TestIds.BotId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Equal(TestIds.Domain, root.GetProperty("validDomains")[0].GetString());
        Assert.DoesNotContain("${{", Encoding.UTF8.GetString(entries[ManifestFiles.Manifest]), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf("manifest/color.png")), entries[ManifestFiles.ColorIcon]);
    }

    [Fact]
    public void Values_missing_from_the_flags_come_from_configuration()
    {
        var configuration = CliRun.Configuration(
            ("Teams:AppId", TestIds.AppId), ("MicrosoftAppId", TestIds.BotId), ("Teams:BotDomain", TestIds.Domain),
            ("Teams:AppVersion", "1.4.2"));

        var run = CliRun.Invoke(PackageCommand.Create(configuration), "package", "--out", OutPath, "--domain", "flag.example.org");

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(Entries()[ManifestFiles.Manifest]);
        Assert.Equal(TestIds.BotId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("flag.example.org", manifest.RootElement.GetProperty("validDomains")[0].GetString());
        Assert.Equal("1.4.2", manifest.RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("not-a-guid", TestIds.BotId, TestIds.Domain, "is not a GUID")]
    [InlineData(TestIds.AppId, "{7d1e4b2c-3a5f-4e6d-8c9b-0a1b2c3d4e5f}", TestIds.Domain, "is not a GUID")]
    [InlineData(TestIds.AppId, TestIds.BotId, "https://casecoach.agency.example.org", "has a scheme ('https://')")]
    [InlineData(TestIds.AppId, TestIds.BotId, "casecoach.agency.example.org/api/messages", "has a path ('/api/messages')")]
    [InlineData(TestIds.AppId, TestIds.BotId, "casecoach.agency.example.org:8443", "Teams validDomains do not accept ports")]
    [InlineData(TestIds.AppId, TestIds.BotId, "case coach.org", "is not a host name")]
    public void Invalid_values_are_refused_with_a_clear_message_and_no_file(string appId, string botId, string domain, string expected)
    {
        var run = Package("--app-id", appId, "--bot-id", botId, "--domain", domain);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(OutPath));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Missing_values_are_all_named_with_the_flag_and_key_that_give_them()
    {
        var run = Package();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--app-id GUID or set Teams:AppId", run.Error, StringComparison.Ordinal);
        Assert.Contains("--bot-id GUID or set MicrosoftAppId", run.Error, StringComparison.Ordinal);
        Assert.Contains("--domain HOST or set Teams:BotDomain", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(OutPath));
    }

    [Fact]
    public void A_refused_run_leaves_an_earlier_package_untouched()
    {
        File.WriteAllText(OutPath, "earlier package");

        var run = Package("--app-id", TestIds.AppId, "--bot-id", TestIds.BotId, "--domain", "http://x.org");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("earlier package", File.ReadAllText(OutPath));
    }
}
