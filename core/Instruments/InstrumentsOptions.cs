using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Instruments;

/// <summary>Section `Instruments`: <see cref="Folder"/> holds the definitions a jurisdiction supplies (R4), beside the embedded two.</summary>
public sealed class InstrumentsOptions
{
    public const string SectionName = "Instruments";
    public const int MaxFiles = 100;
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>A folder of *.json definitions (same schema as core/Instruments/Definitions); empty = embedded only.</summary>
    public string? Folder { get; set; }

    /// <summary>The embedded definitions plus those in <paramref name="folder"/>; throws naming the file and field at fault.</summary>
    public static InstrumentCatalog Load(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder)) return InstrumentCatalog.LoadEmbedded();
        var path = Path.GetFullPath(folder.Trim());
        if (!Directory.Exists(path))
            throw new InvalidOperationException($"Instruments:Folder names {path}, which is not a folder.");
        var files = Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).Take(MaxFiles + 1).ToList();
        if (files.Count > MaxFiles)
            throw new InvalidOperationException($"Instruments:Folder {path} holds more than {MaxFiles} definitions.");
        var supplied = new List<KeyValuePair<string, string>>();
        foreach (var file in files)
        {
            if (new FileInfo(file).Length > MaxFileBytes)
                throw new InvalidOperationException($"Instrument definition {file} is larger than {MaxFileBytes / 1024} KB.");
            supplied.Add(new(file, File.ReadAllText(file)));
        }
        return InstrumentCatalog.LoadEmbedded(supplied);
    }
}

/// <summary>Loads the folder once at start-up, so a broken definition stops the host with its file named, not a survey later.</summary>
public sealed class InstrumentsOptionsValidator : IValidateOptions<InstrumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, InstrumentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            InstrumentsOptions.Load(options.Folder);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
