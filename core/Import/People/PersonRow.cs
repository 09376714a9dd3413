using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Import.People;

/// <summary>One valid line of people.csv (architecture.md "Import formats").</summary>
internal sealed record PersonRow(
    int Line, string AadObjectId, string Email, string Name, string Title, Role Role, string Unit,
    string? SupervisorEmail, string TimeZone, DateOnly? ReviewerSince = null, bool? SeniorReviewer = null)
{
    /// <summary>R25: a reviewer's start date (yyyy-MM-dd) and whether they are a senior reviewer (true/false); optional, so old files still import.</summary>
    public static readonly string[] OptionalColumns = ["reviewerSince", "seniorReviewer"];

    public static readonly string[] Columns =
        ["aadObjectId", "email", "name", "title", "role", "unit", "supervisorEmail", "timeZone"];

    public static (PersonRow? Row, RowError? Error) Parse(CsvRow csv)
    {
        if (csv.Problem is not null)
            return (null, new RowError(csv.Line, csv.Problem));

        var fields = new RowFields(csv, [.. Columns, .. OptionalColumns]);
        var row = new PersonRow(
            csv.Line,
            fields.Text("aadObjectId", 64),
            fields.Email("email") ?? "",
            fields.Text("name", 200),
            fields.Text("title", 200, required: false),
            fields.Role("role"),
            fields.Text("unit", Organisation.Unit.NameMaxLength),
            fields.Email("supervisorEmail", required: false),
            fields.TimeZone("timeZone"),
            fields.OptionalDate("reviewerSince"),
            fields.OptionalChoice("seniorReviewer", "true", "false") is { } senior ? string.Equals(senior, "true", StringComparison.OrdinalIgnoreCase) : null);
        if (fields.IsValid && row.SupervisorEmail == row.Email)
            fields.Problem("supervisorEmail", "names the person themself");
        return fields.IsValid ? (row, null) : (null, fields.Error);
    }
}
