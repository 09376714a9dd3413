using System.IO.Compression;

namespace CaseCoach.Bot.Cli.Package;

/// <summary>
/// The files of manifest/ as the build embedded them. Embedding (rather than reading manifest/ or
/// appPackage.zip.template from disk) lets `package` run from any directory and from a published bot.
/// </summary>
public static class ManifestFiles
{
    public const string Manifest = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    /// <summary>The package's entries, in the order they are zipped; Teams wants them at the zip root.</summary>
    public static IReadOnlyList<string> Names { get; } = [Manifest, ColorIcon, OutlineIcon];

    // A fixed time stamp keeps the zip free of build-time noise.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Read(string name)
    {
        using var stream = typeof(ManifestFiles).Assembly.GetManifestResourceStream("CaseCoach.Manifest." + name)
            ?? throw new InvalidOperationException($"The bot was built without manifest/{name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Writes a zip of the given entries at its root, atomically: a failure leaves no file behind.</summary>
    public static void WriteZip(string path, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".partial";
        try
        {
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                foreach (var (name, content) in entries)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTime;
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The unfilled template: manifest/ exactly as committed, for appPackage.zip.template.</summary>
    public static void WriteTemplate(string path) =>
        WriteZip(path, Names.Select(name => KeyValuePair.Create(name, Read(name))));
}
