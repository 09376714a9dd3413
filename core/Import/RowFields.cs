using System.Globalization;
using CaseCoach.Core.Organisation;
using NodaTime;

namespace CaseCoach.Core.Import;

/// <summary>
/// Reads the fields of one row by column name and collects every problem, so the operator sees all of a
/// row's mistakes at once. Messages name the line and column only: values may be personal data.
/// </summary>
internal sealed class RowFields(CsvRow row, string[] columns)
{
    private readonly List<string> _problems = [];

    public int Line => row.Line;

    public bool IsValid => _problems.Count == 0;

    public RowError Error => new(row.Line, string.Join("; ", _problems.Distinct()));

    public void Problem(string column, string what) => _problems.Add($"{column} on line {row.Line} {what}");

    public string Text(string column, int maxLength, bool required = true)
    {
        var value = row.Fields[Index(column)];
        if (required && value.Length == 0)
            Problem(column, "is empty");
        else if (value.Length > maxLength)
            Problem(column, $"is longer than {maxLength} characters");
        return value;
    }

    public string? Email(string column, bool required = true)
    {
        var value = row.Fields[Index(column)];
        if (value.Length == 0)
        {
            if (required)
                Problem(column, "is empty");
            return null;
        }

        try
        {
            return EmailAddress.Normalise(value, column);
        }
        catch (ArgumentException)
        {
            Problem(column, "is not an email address");
            return null;
        }
    }

    public Role Role(string column)
    {
        var value = row.Fields[Index(column)];
        if (Enum.TryParse<Role>(value, ignoreCase: false, out var role) && Enum.IsDefined(role) && !int.TryParse(value, out _))
            return role;
        Problem(column, $"is not one of {string.Join(", ", Enum.GetNames<Role>())}");
        return default;
    }

    public string TimeZone(string column)
    {
        var value = row.Fields[Index(column)];
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(value) is null)
            Problem(column, "is not an IANA time zone id such as America/New_York");
        return value;
    }

    public DateOnly Date(string column) => ParseDate(row.Fields[Index(column)], column) ?? default;

    /// <summary>An optional column: empty is null.</summary>
    public DateOnly? OptionalDate(string column) =>
        row.Fields[Index(column)].Length == 0 ? null : ParseDate(row.Fields[Index(column)], column);

    /// <summary>An optional whole number between 0 and <paramref name="max"/>: empty is null.</summary>
    public int? OptionalCount(string column, int max)
    {
        var value = row.Fields[Index(column)];
        if (value.Length == 0) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= max) return count;
        Problem(column, $"is not a whole number between 0 and {max}");
        return null;
    }

    /// <summary>An optional choice among <paramref name="allowed"/> (compared without case): empty is null.</summary>
    public string? OptionalChoice(string column, params string[] allowed)
    {
        var value = row.Fields[Index(column)];
        if (value.Length == 0) return null;
        if (allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)) is { } choice) return choice;
        Problem(column, $"is not one of {string.Join(", ", allowed)}");
        return null;
    }

    public decimal Decimal(string column)
    {
        var value = row.Fields[Index(column)];
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return number;
        Problem(column, "is not a decimal number such as 0.85");
        return default;
    }

    public string[] List(string column) =>
        row.Fields[Index(column)].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public DateOnly[] DateList(string column)
    {
        var dates = new List<DateOnly>();
        foreach (var item in List(column))
        {
            if (ParseDate(item, column) is { } date)
                dates.Add(date);
        }

        return dates.ToArray();
    }

    private DateOnly? ParseDate(string value, string column)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Problem(column, "has a date that is not yyyy-MM-dd");
        return null;
    }

    private int Index(string column)
    {
        var index = Array.IndexOf(columns, column);
        return index >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of this file.");
    }
}
