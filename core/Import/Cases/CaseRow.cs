using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Import.Cases;

/// <summary>One valid line of cases.csv, the prediction listing (R1; architecture.md "Import formats").</summary>
internal sealed record CaseRow(
    int Line, string CaseId, string CaseName, string Unit, string CaseworkerEmail, string SupervisorEmail,
    DateOnly OpenedOn, decimal Score, string[] RiskFactors, DateOnly[] ChildrenBirthDates)
{
    public static readonly string[] Columns =
        ["caseId", "caseName", "unit", "caseworkerEmail", "supervisorEmail", "openedOn", "score", "riskFactors", "childrenBirthDates"];

    public static (CaseRow? Row, RowError? Error) Parse(CsvRow csv)
    {
        if (csv.Problem is not null)
            return (null, new RowError(csv.Line, csv.Problem));

        var fields = new RowFields(csv, Columns);
        var row = new CaseRow(
            csv.Line,
            fields.Text("caseId", Case.ExternalIdMaxLength),
            fields.Text("caseName", 200),
            fields.Text("unit", Organisation.Unit.NameMaxLength),
            fields.Email("caseworkerEmail") ?? "",
            fields.Email("supervisorEmail") ?? "",
            fields.Date("openedOn"),
            fields.Decimal("score"),
            fields.List("riskFactors"),
            fields.DateList("childrenBirthDates"));
        if (fields.IsValid && row.CaseworkerEmail == row.SupervisorEmail)
            fields.Problem("supervisorEmail", "names the caseworker; a case's supervisor must be someone else (R12)");
        return fields.IsValid ? (row, null) : (null, fields.Error);
    }
}
