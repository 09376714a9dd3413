using CaseCoach.Core.Scheduling;
using Xunit;

namespace CaseCoach.Tests.Scheduling;

public sealed class AttendeeRulesTests
{
    [Theory]
    [InlineData(AttendeeRole.ProgramDirector)]
    [InlineData(AttendeeRole.ProgramAdministrator)]
    [InlineData(AttendeeRole.DirectorOfQuality)]
    public void Inviting_leadership_is_refused_R11(AttendeeRole leadership)
    {
        var result = SlotSearchBuilder.CoachingTeam().With(leadership, "leader@contoso.test").Find();

        Assert.True(result.IsRefused);
        Assert.Contains($"R11: a {leadership} must not be invited", Assert.Single(result.Refusals));
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Without_the_caseworkers_supervisor_the_session_is_refused_R12()
    {
        var result = SlotSearchBuilder.CoachingTeam().Without(SlotSearchBuilder.Supervisor).Find();

        Assert.Contains("R12: the caseworker's supervisor must attend", Assert.Single(result.Refusals));
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Without_the_quality_team_the_session_is_refused_R11()
    {
        var result = SlotSearchBuilder.CoachingTeam()
            .Without(SlotSearchBuilder.QaSupervisor).Without(SlotSearchBuilder.Reviewer).Find();

        Assert.Contains("add the QA supervisor or the reviewer", Assert.Single(result.Refusals));
    }

    [Fact]
    public void The_same_person_twice_is_refused()
    {
        var result = SlotSearchBuilder.CoachingTeam().With(AttendeeRole.Reviewer, SlotSearchBuilder.Reviewer.ToUpperInvariant()).Find();

        Assert.Contains("listed once", Assert.Single(result.Refusals));
    }

    [Fact]
    public void The_supervisor_may_attend_without_the_caseworker_R12()
    {
        var result = SlotSearchBuilder.CoachingTeam().Without(SlotSearchBuilder.Caseworker).Find();

        Assert.False(result.IsRefused);
        Assert.NotEmpty(result.Candidates);
        Assert.All(result.Candidates, c => Assert.DoesNotContain(SlotSearchBuilder.Caseworker, c.FreeAttendees));
    }

    [Fact]
    public void The_full_team_of_R11_is_accepted()
    {
        Assert.Empty(AttendeeRules.Check(SlotSearchBuilder.CoachingTeam().Build().Attendees));
    }
}
