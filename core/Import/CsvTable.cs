using System.Globalization;
using CsvHelper;

namespace CaseCoach.Core.Import;

/// <summary>One data row of an import file: the line it starts on and its fields, or why it cannot be read.</summary>
internal sealed record CsvRow(int Line, string[] Fields, string? Problem);

/// <summary>
/// Reads an import file whose header must be exactly the documented columns in order (architecture.md
/// "Import formats"). Field values never go into messages: the files hold personal data.
/// </summary>
internal static class CsvTable
{
    public static IReadOnlyList<CsvRow> Read(TextReader reader, string fileKind, string[] columns)
    {
        var malformedLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
            FormatProvider = CultureInfo.InvariantCulture,
            OnMalformedRecord = record => malformedLines.Add(record.LineNumber),
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        string[] header;
        try
        {
            header = csv.Headers.ToArray();
        }
        catch (CsvFormatException)
        {
            throw new ImportFileException($"Nothing imported: the {fileKind} header line cannot be read as CSV.");
        }

        RequireHeader(header, fileKind, columns);
        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var fields = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray();
            var problem = malformedLines.Contains(line)
                ? $"line {line} has a stray quote; quote a field that holds commas or quotes, and double quotes inside it"
                : fields.Length != columns.Length
                    ? $"line {line} has {fields.Length} fields; expected {columns.Length}"
                    : null;
            rows.Add(new CsvRow(line, fields.Select(f => f.Trim()).ToArray(), problem));
        }

        return rows;
    }

    private static void RequireHeader(string[] header, string fileKind, string[] columns)
    {
        var found = header.Select(h => h.Trim()).ToArray();
        if (found.SequenceEqual(columns, StringComparer.Ordinal))
            return;

        var missing = columns.Except(found, StringComparer.Ordinal).ToArray();
        var unknown = found.Except(columns, StringComparer.Ordinal).ToArray();
        // A file without a header shows its first data row here: list unknown columns only when some
        // documented one was found, so names and emails never reach the console.
        var detail = missing.Length == columns.Length
            ? "The first line names none of these columns; add the header line."
            : missing.Length == 0 && unknown.Length == 0
            ? "The columns are in the wrong order."
            : string.Join(' ', new[]
            {
                missing.Length > 0 ? $"Missing: {string.Join(", ", missing)}." : "",
                unknown.Length > 0 ? $"Unknown: {string.Join(", ", unknown)}." : "",
            }.Where(s => s.Length > 0));
        throw new ImportFileException(
            $"Nothing imported: the {fileKind} header must be exactly {string.Join(',', columns)}. {detail}");
    }
}
