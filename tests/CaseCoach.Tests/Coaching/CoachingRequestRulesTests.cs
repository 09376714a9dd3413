using CaseCoach.Core.Coaching;

namespace CaseCoach.Tests.Coaching;

/// <summary>The coaching request's own rules, without the host.</summary>
public sealed class CoachingRequestRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static CoachingRequest Open() => CoachingRequest.Open(7,
        [new ProposedSlot(Now.AddHours(1), Now.AddHours(2), true), new ProposedSlot(Now.AddHours(3), Now.AddHours(4), false)], Now.AddDays(14), Now);

    [Fact]
    public void Each_offer_gives_new_slot_ids_so_a_stale_card_cannot_pick_a_newer_time()
    {
        var request = Open();
        var first = request.Slots.Select(s => s.Id).ToList();

        request.Offer([new ProposedSlot(Now.AddDays(1), Now.AddDays(1).AddHours(1), true)], Now.AddDays(21), Now);

        Assert.Equal(["1-1", "1-2"], first);
        Assert.Equal(["2-1"], request.Slots.Select(s => s.Id));
        Assert.Null(request.FindSlot("1-1"));
        Assert.Equal(2, request.Version);
    }

    [Fact]
    public void A_booked_request_cannot_be_booked_again_or_offer_new_times_R14()
    {
        var request = Open();
        request.Book(Now.AddHours(1), Now.AddHours(2), "event-1", "aad-1", Now);

        Assert.Throws<InvalidOperationException>(() => request.Book(Now.AddHours(3), Now.AddHours(4), "event-2", "aad-2", Now));
        Assert.Throws<InvalidOperationException>(() => request.Offer([], Now.AddDays(21), Now));
        Assert.Equal((CoachingRequestStatus.Booked, "event-1"), (request.Status, request.EventId));
    }

    [Fact]
    public void The_coaching_fidelity_event_records_whether_the_session_falls_within_the_timeframe_R13_R24()
    {
        var inTime = Open();
        inTime.Book(Now.AddDays(3), Now.AddDays(3).AddHours(1), "event-1", "aad-1", Now);
        var late = Open();
        late.Book(Now.AddDays(20), Now.AddDays(20).AddHours(1), "event-2", "aad-1", Now);

        var onTime = CoachingSession.Booked(inTime, Now.AddHours(-1), Now.AddDays(14), Now);
        var overdue = CoachingSession.Booked(late, Now.AddHours(-1), Now.AddDays(14), Now);

        Assert.True(onTime.WithinTimeframe);
        Assert.False(overdue.WithinTimeframe);
        Assert.Equal((Now.AddHours(-1), Now.AddDays(3), Now), (onTime.ReviewCompletedAt, onTime.ScheduledStart, onTime.BookedAt));
        Assert.Throws<InvalidOperationException>(() => CoachingSession.Booked(Open(), Now, Now.AddDays(14), Now));
    }
}
