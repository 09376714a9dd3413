using CaseCoach.Core.Scheduling;
using NodaTime;
using Xunit;
using static CaseCoach.Tests.Scheduling.SlotSearchBuilder;

namespace CaseCoach.Tests.Scheduling;

public sealed class SlotFinderTests
{
    [Fact]
    public void Earliest_time_comes_first_on_the_half_hour_grid_with_everyone_free()
    {
        var result = CoachingTeam().CompletedAt(At(2026, 3, 2, 9, 10)).MaxCandidates(3).Find();

        Assert.Equal([At(2026, 3, 2, 9, 30), At(2026, 3, 2, 10, 0), At(2026, 3, 2, 10, 30)], result.Candidates.Select(c => c.Start));
        var first = result.Candidates[0];
        Assert.Equal(Duration.FromHours(1), first.End - first.Start);
        Assert.True(first.CaseworkerFree);
        Assert.Equal([QaSupervisor, Reviewer, Supervisor, Caseworker], first.FreeAttendees);
    }

    [Fact]
    public void A_required_attendees_busy_time_is_never_offered()
    {
        var result = CoachingTeam().Busy(Reviewer, At(2026, 3, 2, 8, 0), At(2026, 3, 2, 12, 15)).Find();

        Assert.Equal(At(2026, 3, 2, 12, 30), result.Candidates[0].Start);
    }

    [Fact]
    public void Without_safety_times_the_caseworker_can_attend_come_first_R13()
    {
        var result = CoachingTeam().Busy(Caseworker, At(2026, 3, 2, 0, 0), At(2026, 3, 4, 0, 0)).Find();

        Assert.Equal(At(2026, 3, 4, 8, 30), result.Candidates[0].Start);
        Assert.All(result.Candidates, c => Assert.True(c.CaseworkerFree));
    }

    [Fact]
    public void When_the_caseworker_is_never_free_the_supervisor_attends_without_them_R12()
    {
        var result = CoachingTeam().Busy(Caseworker, At(2026, 3, 1, 0, 0), At(2026, 3, 20, 0, 0)).MaxCandidates(2).Find();

        Assert.Equal([At(2026, 3, 2, 9, 0), At(2026, 3, 2, 9, 30)], result.Candidates.Select(c => c.Start));
        Assert.All(result.Candidates, c => Assert.False(c.CaseworkerFree));
        Assert.Equal([QaSupervisor, Reviewer, Supervisor], result.Candidates[0].FreeAttendees);
    }

    [Fact]
    public void With_a_safety_concern_the_earliest_time_wins_and_the_window_closes_after_the_next_business_day_R13()
    {
        var result = CoachingTeam().SafetyConcern().MaxCandidates(100)
            .CompletedAt(At(2026, 3, 6, 15, 0))
            .Busy(Caseworker, At(2026, 3, 9, 0, 0), At(2026, 3, 10, 0, 0))
            .Find();

        Assert.Equal(At(2026, 3, 6, 15, 0), result.Candidates[0].Start);
        Assert.True(result.Candidates[0].CaseworkerFree);
        Assert.Equal(At(2026, 3, 9, 8, 30), result.Candidates[3].Start);
        Assert.False(result.Candidates[3].CaseworkerFree);
        Assert.Equal(At(2026, 3, 9, 16, 0), result.Candidates[^1].Start);
        Assert.Equal(3 + 16, result.Candidates.Count);
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        var result = CoachingTeam().Holiday(new LocalDate(2026, 3, 2)).Find();

        Assert.Equal(At(2026, 3, 3, 8, 30), result.Candidates[0].Start);
    }

    [Fact]
    public void Each_attendee_works_in_their_own_time_zone()
    {
        var result = CoachingTeam().Without(Supervisor).With(AttendeeRole.Supervisor, Supervisor, WorkingHours.Default(LosAngeles))
            .CompletedAt(At(2026, 3, 2, 8, 0)).MaxCandidates(11).Find();

        // 08:30 in Los Angeles is 11:30 in New York; the New Yorkers stop at 17:00.
        Assert.Equal(At(2026, 3, 2, 11, 30), result.Candidates[0].Start);
        Assert.Equal(At(2026, 3, 2, 16, 0), result.Candidates[9].Start);
        Assert.Equal(At(2026, 3, 3, 11, 30), result.Candidates[10].Start);
    }

    [Fact]
    public void Spring_forward_keeps_everyone_on_their_wall_clock()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var result = CoachingTeam().Without(Reviewer).With(AttendeeRole.Reviewer, Reviewer, WorkingHours.Default(london))
            .CompletedAt(At(2026, 3, 6, 8, 0)).MaxCandidates(100).Find();

        var friday = result.Candidates.Where(c => c.Start < At(2026, 3, 7, 0, 0)).ToList();
        var monday = result.Candidates.Where(c => c.Start >= At(2026, 3, 9, 0, 0) && c.Start < At(2026, 3, 10, 0, 0)).ToList();
        // New York moved to EDT on 8 March; London stays on GMT until 29 March, so the overlap ends an hour later.
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 13, 30), friday[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 17, 0), friday[^1].End);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 12, 30), monday[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 17, 0), monday[^1].End);
    }

    [Fact]
    public void Fall_back_moves_the_first_slot_an_hour_later_in_utc()
    {
        var result = CoachingTeam().CompletedAt(At(2026, 10, 30, 16, 0)).MaxCandidates(2).Find();

        Assert.Equal([Instant.FromUtc(2026, 10, 30, 20, 0), Instant.FromUtc(2026, 11, 2, 13, 30)], result.Candidates.Select(c => c.Start));
    }

    [Fact]
    public void Nothing_is_offered_in_the_past()
    {
        var result = CoachingTeam().Now(At(2026, 3, 4, 13, 10)).Find();

        Assert.Equal(At(2026, 3, 4, 13, 30), result.Candidates[0].Start);
    }

    [Fact]
    public void Nothing_is_offered_after_two_weeks_R13()
    {
        var result = CoachingTeam().CompletedAt(At(2026, 3, 2, 10, 0))
            .Busy(Supervisor, At(2026, 3, 2, 0, 0), At(2026, 3, 16, 0, 0)).Find();

        Assert.Equal([At(2026, 3, 16, 8, 30), At(2026, 3, 16, 9, 0)], result.Candidates.Select(c => c.Start));
        Assert.Equal(At(2026, 3, 16, 10, 0), result.Window.End);
    }

    [Fact]
    public void A_window_entirely_in_the_past_offers_nothing()
    {
        var result = CoachingTeam().Now(At(2026, 4, 1, 9, 0)).Find();

        Assert.False(result.IsRefused);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void The_same_search_gives_the_same_answer()
    {
        var search = CoachingTeam().Busy(Reviewer, At(2026, 3, 2, 10, 0), At(2026, 3, 3, 11, 0)).Build();

        Assert.Equal(
            SlotFinder.Find(search).Candidates.Select(c => (c.Start, c.CaseworkerFree)),
            SlotFinder.Find(search).Candidates.Select(c => (c.Start, c.CaseworkerFree)));
    }
}
