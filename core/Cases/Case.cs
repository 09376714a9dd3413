using System.Globalization;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Cases;

/// <summary>A case from the prediction listing (R1): what reviews are about.</summary>
public sealed class Case : AuditedEntity
{
    public const int ExternalIdMaxLength = 64;

    private readonly List<Child> _children = [];

    private Case() { }

    public long Id { get; private set; }

    /// <summary>The agency's case id from the listing (the CSV's `caseId`).</summary>
    public string ExternalCaseId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public long UnitId { get; private set; }
    public Unit Unit { get; private set; } = null!;
    public long CaseworkerId { get; private set; }
    public Person Caseworker { get; private set; } = null!;
    public long SupervisorId { get; private set; }
    public Person Supervisor { get; private set; } = null!;
    public DateOnly OpenedOn { get; private set; }

    /// <summary>R1: higher score = higher priority for review.</summary>
    public decimal Score { get; private set; }
    public string[] RiskFactors { get; private set; } = [];
    public CaseStatus Status { get; private set; }
    public IReadOnlyCollection<Child> Children => _children;

    public static Case Open(
        string externalCaseId, string name, Unit unit, Person caseworker, Person supervisor, DateOnly openedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalCaseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(unit);
        if (externalCaseId.Trim().Length > ExternalIdMaxLength)
        {
            throw new ArgumentException(
                $"A case id has at most {ExternalIdMaxLength} characters.", nameof(externalCaseId));
        }

        var opened = new Case
        {
            ExternalCaseId = externalCaseId.Trim(),
            Name = name.Trim(),
            Unit = unit,
            OpenedOn = openedOn,
            Status = CaseStatus.Open,
        };
        opened.Reassign(caseworker, supervisor);
        return opened;
    }

    /// <summary>R1: a new listing re-ranks the case.</summary>
    public void Rescore(decimal score, IEnumerable<string> riskFactors)
    {
        Score = score;
        RiskFactors = riskFactors.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToArray();
    }

    /// <summary>R12: the case's supervisor must be someone other than its caseworker.</summary>
    public void Reassign(Person caseworker, Person supervisor)
    {
        ArgumentNullException.ThrowIfNull(caseworker);
        ArgumentNullException.ThrowIfNull(supervisor);
        if (ReferenceEquals(caseworker, supervisor))
        {
            throw new InvalidOperationException("A case's caseworker and supervisor must be different people.");
        }

        Caseworker = caseworker;
        Supervisor = supervisor;
    }

    public void AddChild(DateOnly birthDate) => _children.Add(new Child(birthDate));

    /// <summary>R2: the permanency goal changed on this date; reviews due after it stop.</summary>
    public DateOnly? GoalChangedOn { get; private set; }

    /// <summary>R2 (safety model): the children were removed on this date; reviews due after it stop.</summary>
    public DateOnly? ChildrenRemovedOn { get; private set; }

    public void RecordGoalChange(DateOnly on) => GoalChangedOn = on;

    public void RecordRemoval(DateOnly on) => ChildrenRemovedOn = on;

    /// <summary>R1: each new listing is the truth about a case; the agency may correct its name.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>R2: the first review is due from the opening date, so a corrected date in the listing counts.</summary>
    public void CorrectOpenedOn(DateOnly openedOn) => OpenedOn = openedOn;

    /// <summary>R1: a case may move to another unit between listings.</summary>
    public void MoveToUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
    }

    /// <summary>
    /// R1, R2: the listing says who the children are. Replaced only when the dates differ, so a
    /// re-imported listing leaves the stored children (and their ids) alone.
    /// </summary>
    public bool ReplaceChildren(IEnumerable<DateOnly> birthDates)
    {
        var wanted = birthDates.Order().ToArray();
        if (_children.Select(c => c.BirthDate).Order().SequenceEqual(wanted))
        {
            return false;
        }

        _children.Clear();
        foreach (var birthDate in wanted)
        {
            _children.Add(new Child(birthDate));
        }

        return true;
    }

    /// <summary>R2: a closed case gets no further reviews.</summary>
    public void Close() => Status = CaseStatus.Closed;

    /// <summary>R2: a stop fact recorded by hand (the `case` CLI verb), audited as <paramref name="actor"/>'s as it is saved.</summary>
    public void CloseBy(string actor)
    {
        Close();
        Audited(actor, "case.close");
    }

    /// <inheritdoc cref="CloseBy"/>
    public void RecordGoalChangeBy(string actor, DateOnly on)
    {
        RecordGoalChange(on);
        Audited(actor, "case.goal-changed", new { on });
    }

    /// <inheritdoc cref="CloseBy"/>
    public void RecordRemovalBy(string actor, DateOnly on)
    {
        RecordRemoval(on);
        Audited(actor, "case.children-removed", new { on });
    }

    protected override string AuditType => nameof(Case);
    protected override string AuditId => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ids and outcomes only: never the case's name.</summary>
    protected override object AuditDetails() => new { };

    /// <summary>R1: prior maltreatment reports, from the listing's optional priorReports column; shown to the reviewer.</summary>
    public int? PriorReports { get; private set; }

    /// <summary>R1: the day the case first appeared on a listing; a first review waits for capacity from then.</summary>
    public DateOnly? FirstListedOn { get; private set; }

    public void RecordPriorReports(int? count) => PriorReports = count;

    public void MarkListed(DateOnly on) => FirstListedOn ??= on;

    /// <summary>R2: the listing says the case is open again; reviews resume.</summary>
    public void Reopen() => Status = CaseStatus.Open;
}
