using CaseCoach.Core.Audit;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using Xunit;

namespace CaseCoach.Tests.Persistence;

public sealed class EntityRuleTests
{
    [Fact]
    public void A_person_cannot_be_their_own_supervisor()
    {
        var person = Person.Create("aad-1", "pat@demo.example", "Pat", "", Role.Supervisor, "UTC");

        Assert.Throws<InvalidOperationException>(() => person.ReportTo(person));
        Assert.Null(person.Supervisor);
    }

    [Fact]
    public void A_time_zone_that_is_not_IANA_is_refused_with_an_example()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Jurisdiction.Create("demo", "Demo", "Eastern Standard Time", new TimeOnly(17, 0), "safety-v1"));

        Assert.Contains("America/New_York", error.Message);
    }

    [Fact]
    public void A_case_needs_a_supervisor_other_than_its_caseworker_R12()
    {
        var worker = Person.Create("aad-1", "pat@demo.example", "Pat", "", Role.Caseworker, "UTC");

        Assert.Throws<InvalidOperationException>(() =>
            Case.Open("C-1", "Family", Unit.Create("North"), worker, worker, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Audit_details_must_be_json()
    {
        Assert.Throws<ArgumentException>(() =>
            AuditEntry.Record("system", "closed", "Case", "1", DateTimeOffset.UnixEpoch, "not json"));
    }

    [Fact]
    public void A_malformed_email_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Person.Create("aad-1", "pat at demo", "Pat", "", Role.Reviewer, "UTC"));
    }
}
