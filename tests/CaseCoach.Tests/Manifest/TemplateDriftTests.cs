using System.IO.Compression;
using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Cli.Package;
using Xunit;

namespace CaseCoach.Tests.Manifest;

public sealed class TemplateDriftTests
{
    private const string Regenerate =
        "Regenerate it from the repository root: dotnet run --project bot -- package --template --out appPackage.zip.template " +
        "(or: cd manifest && rm -f ../appPackage.zip.template && zip -X ../appPackage.zip.template manifest.json color.png outline.png).";

    private static Dictionary<string, byte[]> ZipEntries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public void Template_zip_matches_manifest_folder_byte_for_byte()
    {
        var template = ZipEntries(RepositoryFiles.PathOf("appPackage.zip.template"));

        Assert.True(
            template.Keys.Order().SequenceEqual(ManifestFiles.Names.Order()),
            $"appPackage.zip.template holds [{string.Join(", ", template.Keys)}] but should hold [{string.Join(", ", ManifestFiles.Names)}]. {Regenerate}");
        foreach (var name in ManifestFiles.Names)
        {
            var committed = File.ReadAllBytes(RepositoryFiles.PathOf("manifest/" + name));
            Assert.True(committed.AsSpan().SequenceEqual(template[name]), $"appPackage.zip.template has drifted from manifest/{name}. {Regenerate}");
        }
    }

    [Fact]
    public void Package_template_verb_writes_what_manifest_folder_holds()
    {
        var folder = Directory.CreateTempSubdirectory("casecoach-template-").FullName;
        try
        {
            var path = Path.Combine(folder, "appPackage.zip.template");
            var run = CliRun.Invoke(PackageCommand.Create(CliRun.Configuration()), "package", "--template", "--out", path);

            Assert.Equal(0, run.ExitCode);
            var written = ZipEntries(path);
            foreach (var name in ManifestFiles.Names)
                Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf("manifest/" + name)), written[name]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
