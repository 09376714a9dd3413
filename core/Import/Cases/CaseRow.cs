using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Import.Cases;

/// <summary>One valid line of cases.csv, the prediction listing (R1; architecture.md "Import formats").</summary>
internal sealed record CaseRow(
    int Line, string CaseId, string CaseName, string Unit, string CaseworkerEmail, string SupervisorEmail,
    DateOnly OpenedOn, decimal Score, string[] RiskFactors, DateOnly[] ChildrenBirthDates,
    CaseStatus? Status = null, DateOnly? GoalChangedOn = null, DateOnly? ChildrenRemovedOn = null, int? PriorReports = null)
{
    public const int MaxPriorReports = 1000;

    /// <summary>R2's stop-rule facts and R1's prior reports; optional, after the required columns, so old files still import.</summary>
    public static readonly string[] OptionalColumns = ["status", "goalChangedOn", "childrenRemovedOn", "priorReports"];

    public static readonly string[] Columns =
        ["caseId", "caseName", "unit", "caseworkerEmail", "supervisorEmail", "openedOn", "score", "riskFactors", "childrenBirthDates"];

    public static (CaseRow? Row, RowError? Error) Parse(CsvRow csv)
    {
        if (csv.Problem is not null)
            return (null, new RowError(csv.Line, csv.Problem));

        var fields = new RowFields(csv, [.. Columns, .. OptionalColumns]);
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
            fields.DateList("childrenBirthDates"),
            fields.OptionalChoice("status", nameof(CaseStatus.Open), nameof(CaseStatus.Closed)) is { } status ? Enum.Parse<CaseStatus>(status) : null,
            fields.OptionalDate("goalChangedOn"),
            fields.OptionalDate("childrenRemovedOn"),
            fields.OptionalCount("priorReports", MaxPriorReports));
        if (fields.IsValid && row.CaseworkerEmail == row.SupervisorEmail)
            fields.Problem("supervisorEmail", "names the caseworker; a case's supervisor must be someone else (R12)");
        return fields.IsValid ? (row, null) : (null, fields.Error);
    }
}
