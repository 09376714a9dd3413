using CaseCoach.Core.Scheduling;
using FsCheck.Xunit;
using Xunit;

namespace CaseCoach.Tests.Scheduling;

/// <summary>Properties every answer of the slot finder keeps, over random teams, zones, DST weeks and busy calendars.</summary>
[Properties(Arbitrary = [typeof(SlotSearchGenerator)], MaxTest = 150)]
public sealed class SlotFinderProperties
{
    private static IEnumerable<(SlotCandidate Slot, SlotAttendee Attendee)> RequiredPairs(SlotSearch search, SlotSearchResult result) =>
        from slot in result.Candidates
        from attendee in search.Attendees
        where attendee.Role.IsRequiredAtCoaching()
        select (slot, attendee);

    [Property]
    public void No_slot_overlaps_a_required_attendees_busy_time(GeneratedSearch generated)
    {
        var result = SlotFinder.Find(generated.Search);

        Assert.All(RequiredPairs(generated.Search, result), p => Assert.False(SlotOracle.OverlapsBusy(p.Attendee.Availability, p.Slot.Start, p.Slot.End)));
    }

    [Property]
    public void Every_slot_lies_inside_each_required_attendees_working_hours_in_their_zone(GeneratedSearch generated)
    {
        var result = SlotFinder.Find(generated.Search);

        Assert.All(RequiredPairs(generated.Search, result),
            p => Assert.True(SlotOracle.InsideWorkingHours(p.Attendee.Availability.WorkingHours, p.Slot.Start, p.Slot.End)));
    }

    [Property]
    public void Every_slot_lies_within_one_business_day_inside_the_window_and_not_in_the_past_R13(GeneratedSearch generated)
    {
        var search = generated.Search;
        var result = SlotFinder.Find(search);

        Assert.All(result.Candidates, slot =>
        {
            Assert.True(SlotOracle.WithinOneBusinessDay(search.Calendar, slot.Start, slot.End));
            Assert.True(slot.Start >= result.Window.Start && slot.End <= result.Window.End);
            Assert.True(slot.Start >= search.Now);
            Assert.Equal(search.Length, slot.End - slot.Start);
            Assert.True(SlotOracle.OnGrid(search, slot.Start));
        });
    }

    [Property]
    public void Caseworker_is_marked_free_only_when_free_and_slots_are_ranked_by_R13(GeneratedSearch generated)
    {
        var search = generated.Search;
        var result = SlotFinder.Find(search);
        var caseworker = search.Attendees.FirstOrDefault(a => a.Role == AttendeeRole.Caseworker);

        Assert.True(result.Candidates.Count <= search.MaxCandidates);
        Assert.All(result.Candidates, slot =>
        {
            Assert.Equal(slot.CaseworkerFree, caseworker is not null && SlotOracle.CanAttend(caseworker.Availability, slot.Start, slot.End));
            Assert.Equal(slot.CaseworkerFree, caseworker is not null && slot.FreeAttendees.Contains(caseworker.Availability.Email));
        });
        Assert.Equal(SlotOracle.Expected(search), result.Candidates.Select(c => (c.Start, c.CaseworkerFree)));
    }
}
