using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;

namespace CaseCoach.Bot.Reports;

/// <summary>Every table as Excel (one sheet each, ClosedXML) or CSV (CsvHelper; tables one after another, a title row each).</summary>
public static class ReportDownloads
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv";

    public static byte[] Xlsx(IEnumerable<ReportTable> tables)
    {
        using var book = new XLWorkbook();
        foreach (var table in tables)
        {
            // Sheet names: at most 31 characters, unique.
            var name = table.Title.Length > 31 ? table.Title[..31] : table.Title;
            var sheet = book.Worksheets.Add(name);
            for (var c = 0; c < table.Headers.Count; c++) sheet.Cell(1, c + 1).Value = table.Headers[c];
            sheet.Row(1).Style.Font.Bold = true;
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < table.Rows[r].Count; c++)
                    Set(sheet.Cell(r + 2, c + 1), table.Rows[r][c], table.Headers[c]);
            SetWidths(sheet, table);
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Csv(IEnumerable<ReportTable> tables)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Tables one after another have different widths; a title row has one field.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { ValidateFieldCount = false }, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                csv.WriteField(table.Title);
                csv.EndRecord();
                foreach (var header in table.Headers) csv.WriteField(header);
                csv.EndRecord();
                foreach (var row in table.Rows)
                {
                    foreach (var value in row) csv.WriteField(value is double d ? d.ToString("0.####", CultureInfo.InvariantCulture) : value?.ToString() ?? "");
                    csv.EndRecord();
                }
                csv.WriteField(""); // a blank line between tables (CsvHelper refuses a record with no field)
                csv.EndRecord();
            }
            csv.Flush();
        }
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Widths from the text length: ClosedXML's AdjustToContents measures fonts through System.Drawing, which needs
    /// libgdiplus on Linux (a 500 on our servers without it).
    /// </summary>
    private static void SetWidths(IXLWorksheet sheet, ReportTable table)
    {
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var longest = table.Rows.Select(r => c < r.Count ? r[c]?.ToString()?.Length ?? 0 : 0).Append(table.Headers[c].Length).Max();
            sheet.Column(c + 1).Width = Math.Clamp(longest + 2, 8, 60);
        }
    }

    /// <summary>Shares are numbers formatted as percentages, so a spreadsheet can still compute with them.</summary>
    private static void Set(IXLCell cell, object? value, string header)
    {
        switch (value)
        {
            case null: break;
            case int i: cell.Value = i; break;
            case double d:
                cell.Value = d;
                if (header.Contains("share", StringComparison.OrdinalIgnoreCase)) cell.Style.NumberFormat.Format = "0.0%";
                break;
            // SetValue keeps text as text: assigning Value would read "2026-08" as a date.
            default: cell.SetValue(value.ToString()); break;
        }
    }
}
