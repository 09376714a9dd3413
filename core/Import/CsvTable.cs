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
    /// <param name="optional">Columns that may follow <paramref name="columns"/>, in this order; a file may stop after any of
    /// them. Rows come back with every column, missing optional ones empty.</param>
    public static IReadOnlyList<CsvRow> Read(TextReader reader, string fileKind, string[] columns, string[]? optional = null)
    {
        optional ??= [];
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

        var present = OptionalPresent(header, columns, optional);
        RequireHeader(present > 0 ? header[..columns.Length] : header, fileKind, columns, optional);
        var width = columns.Length + present;
        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var fields = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray();
            var problem = malformedLines.Contains(line)
                ? $"line {line} has a stray quote; quote a field that holds commas or quotes, and double quotes inside it"
                : fields.Length != width
                    ? $"line {line} has {fields.Length} fields; expected {width}"
                    : null;
            var all = fields.Select(f => f.Trim()).Concat(Enumerable.Repeat("", Math.Max(0, columns.Length + optional.Length - fields.Length)));
            rows.Add(new CsvRow(line, all.ToArray(), problem));
        }

        return rows;
    }

    /// <summary>How many optional columns follow the required ones, when they are the documented ones in order.</summary>
    private static int OptionalPresent(string[] header, string[] columns, string[] optional)
    {
        var found = header.Select(h => h.Trim()).ToArray();
        if (found.Length <= columns.Length || found.Length > columns.Length + optional.Length) return 0;
        var extra = found[columns.Length..];
        return extra.SequenceEqual(optional[..extra.Length], StringComparer.Ordinal) ? extra.Length : 0;
    }

    private static void RequireHeader(string[] header, string fileKind, string[] columns, string[] optional)
    {
        var found = header.Select(h => h.Trim()).ToArray();
        if (found.SequenceEqual(columns, StringComparer.Ordinal))
            return;

        var missing = columns.Except(found, StringComparer.Ordinal).ToArray();
        var unknown = found.Except(columns, StringComparer.Ordinal).Except(optional, StringComparer.Ordinal).ToArray();
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
        var after = optional.Length == 0 ? "" : $" (optionally followed by {string.Join(',', optional)}, in that order)";
        throw new ImportFileException(
            $"Nothing imported: the {fileKind} header must be exactly {string.Join(',', columns)}{after}. {detail}");
    }
}
