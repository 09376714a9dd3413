using System.Globalization;
using CaseCoach.Core.Audit;

namespace CaseCoach.Core.Organisation;

/// <summary>
/// Someone the bot works with. Identity comes only from the authenticated activity's
/// <c>from.aadObjectId</c>, so that id is unique; so is the email the mail providers use.
/// </summary>
public sealed class Person : AuditedEntity
{
    private Person() { }

    protected override string AuditType => nameof(Person);
    protected override string AuditId => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ids only: never a name or an email.</summary>
    protected override object AuditDetails() => new { };

    public long Id { get; private set; }
    public string AadObjectId { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Role Role { get; private set; }
    public long? UnitId { get; private set; }
    public Unit? Unit { get; private set; }
    public long? SupervisorId { get; private set; }
    public Person? Supervisor { get; private set; }
    public string TimeZone { get; private set; } = "";

    /// <summary>R25: when a reviewer started reviewing; within the new-reviewer period some of their reviews are second-reviewed.</summary>
    public DateOnly? ReviewerSince { get; private set; }

    /// <summary>R25: a senior reviewer second-reviews new reviewers' reviews.</summary>
    public bool IsSeniorReviewer { get; private set; }

    public static Person Create(
        string aadObjectId, string email, string name, string title, Role role, string timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var person = new Person { AadObjectId = aadObjectId.Trim(), Role = role };
        person.UpdateProfile(email, name, title, timeZone);
        return person;
    }

    public void UpdateProfile(string email, string name, string title, string timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Email = EmailAddress.Normalise(email, nameof(email));
        Name = name.Trim();
        Title = title?.Trim() ?? "";
        TimeZone = IanaTimeZone.Require(timeZone, nameof(timeZone));
    }

    public void AssignRole(Role role) => Role = role;

    /// <summary>R25: the reviewer's start date (null = unknown, never counted as new) and whether they are senior.</summary>
    public void SetReviewerStanding(DateOnly? since, bool senior)
    {
        ReviewerSince = since;
        IsSeniorReviewer = senior;
    }

    /// <summary>R25: still inside the new-reviewer period on <paramref name="today"/>.</summary>
    public bool IsNewReviewerOn(DateOnly today, int newReviewerMonths) =>
        Role == Role.Reviewer && !IsSeniorReviewer && ReviewerSince is { } since && today < since.AddMonths(newReviewerMonths);

    public void JoinUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
        UnitId = unit.Id == 0 ? null : unit.Id;
    }

    /// <summary>R12, R20: the direct supervisor attends coaching and hears about overdue items.</summary>
    public void ReportTo(Person supervisor)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        if (ReferenceEquals(supervisor, this) || (Id != 0 && supervisor.Id == Id))
        {
            throw new InvalidOperationException("A person cannot be their own supervisor.");
        }

        Supervisor = supervisor;
        SupervisorId = supervisor.Id == 0 ? null : supervisor.Id;
    }

    public void StopReportingToSupervisor()
    {
        Supervisor = null;
        SupervisorId = null;
    }
}
