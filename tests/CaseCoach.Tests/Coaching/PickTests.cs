using System.Globalization;
using System.Text.Json;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.Coaching;

/// <summary>Picking a time (R14): re-check, one meeting for everyone, the card updated in place, the fidelity event (R24).</summary>
public sealed class PickTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Picking_a_time_books_one_meeting_for_every_attendee_updates_the_card_in_place_and_records_coaching_R14_R24()
    {
        await using var coaching = await OfferedAsync();
        var world = coaching.World;
        var offered = await coaching.RequestAsync();
        var slot = offered.Slots[1];

        var answer = Survey.Card(await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, slot.Id)));
        await coaching.Channel.SweepAsync();

        Assert.Contains(Survey.Texts(answer), t => t.StartsWith($"Booked: {{{{DATE({Utc(slot.Start)}, LONG)}}}}", StringComparison.Ordinal));
        Assert.Empty(CoachingWorld.Buttons(answer));
        var cards = coaching.CardsTo(world.Supervisor).ToList();
        Assert.Equal(["POST", "PUT"], cards.Select(c => c.Method));
        Assert.EndsWith("/activities/" + Uri.EscapeDataString(await ActivityIdOfAsync(coaching, offered.Key)), cards[1].Path, StringComparison.Ordinal);
        Assert.Empty(CoachingWorld.Buttons(cards[1].Card));
        Assert.Contains(Survey.Texts(cards[1].Card), t => t.StartsWith("Booked: ", StringComparison.Ordinal));

        var booking = File.ReadAllText(Assert.Single(coaching.Bookings()));
        Assert.Contains($"DTSTART:{slot.Start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}", booking, StringComparison.Ordinal);
        var invitation = await MimeMessage.LoadAsync(Assert.Single(coaching.EmailFiles("coaching-invitation-")), Ct);
        Assert.Equal(
            new[] { world.QaSupervisor, world.Reviewer, world.Caseworker, world.Supervisor }.Select(ReviewWorld.Email).Order(),
            invitation.To.Mailboxes.Select(m => m.Address).Order());
        var ics = Assert.Single(invitation.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", ics.ContentType.MimeType);

        var request = await coaching.RequestAsync();
        Assert.Equal(CoachingRequestStatus.Booked, request.Status);
        Assert.Equal(slot.Start, request.BookedStart);
        var session = Assert.Single(await coaching.SessionsAsync());
        Assert.Equal((slot.Start, slot.End, true), (session.ScheduledStart, session.ScheduledEnd, session.WithinTimeframe));
        Assert.Equal(DateTimeOffset.Parse(CoachingWorld.Monday9am, CultureInfo.InvariantCulture), session.ReviewCompletedAt, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_time_taken_since_it_was_offered_is_answered_with_fresh_times_and_not_booked_R14()
    {
        await using var coaching = await OfferedAsync();
        var world = coaching.World;
        var offered = await coaching.RequestAsync();
        var taken = offered.Slots[0];
        coaching.Busy(world.Reviewer, (Ics(taken.Start), Ics(taken.End)));

        var answer = Survey.Card(await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, taken.Id)));
        await coaching.Channel.SweepAsync();

        Assert.Contains("That time was just taken in someone's calendar, so here are fresh times.", Survey.Texts(answer));
        var request = await coaching.RequestAsync();
        Assert.Equal(CoachingRequestStatus.Open, request.Status);
        Assert.DoesNotContain(request.Slots, s => s.Start < taken.End && taken.Start < s.End);
        Assert.All(request.Slots, s => Assert.StartsWith("2-", s.Id, StringComparison.Ordinal));
        Assert.Equal(request.Slots.Select(s => s.Id), PickedSlotIds(answer));
        Assert.Empty(coaching.Bookings());
        Assert.Empty(await coaching.SessionsAsync());
        var update = coaching.CardsTo(world.Supervisor).Last();
        Assert.Equal("PUT", update.Method);
        Assert.Equal(request.Slots.Select(s => s.Id), PickedSlotIds(update.Card));
    }

    [Fact]
    public async Task Two_people_picking_different_times_at_once_get_one_meeting_R14()
    {
        await using var coaching = await OfferedAsync();
        var world = coaching.World;
        var offered = await coaching.RequestAsync();

        var answers = await Task.WhenAll(
            world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[0].Id)),
            world.InvokeAsync(world.QaSupervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[2].Id)),
            world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[0].Id)));
        await coaching.Channel.SweepAsync();

        var request = await coaching.RequestAsync();
        var booked = $"Booked: {{{{DATE({Utc(request.BookedStart!.Value)}, LONG)}}}}";
        Assert.All(answers, a => Assert.Contains(Survey.Texts(Survey.Card(a)), t => t.StartsWith(booked, StringComparison.Ordinal)));
        Assert.Single(await coaching.SessionsAsync());
        var calendar = File.ReadAllText(Assert.Single(coaching.Bookings()));
        Assert.Contains($"DTSTART:{request.BookedStart!.Value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_cases_supervisor_and_the_quality_team_may_pick_a_time_R14()
    {
        await using var coaching = await OfferedAsync();
        var world = coaching.World;
        var offered = await coaching.RequestAsync();

        foreach (var outsider in new[] { world.Caseworker, world.ProgramAdministrator, world.SecondReviewer, world.Stranger })
        {
            var answer = await world.InvokeAsync(outsider, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[0].Id));
            Assert.Equal(404, Survey.Status(answer));
        }

        Assert.Equal(CoachingRequestStatus.Open, (await coaching.RequestAsync()).Status);
        Assert.Empty(coaching.Bookings());
    }

    [Fact]
    public async Task Opening_the_email_card_after_the_booking_refreshes_it_to_the_booked_time_for_every_attendee_R14()
    {
        await using var coaching = await OfferedAsync();
        var world = coaching.World;
        var offered = await coaching.RequestAsync();
        await world.InvokeAsync(world.Reviewer, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[0].Id));
        var refresh = new System.Text.Json.Nodes.JsonObject { ["requestId"] = offered.Key };

        var caseworkers = Survey.Card(await world.InvokeAsync(world.Caseworker, "coaching.refresh", refresh));
        var strangers = await world.InvokeAsync(world.Stranger, "coaching.refresh", new System.Text.Json.Nodes.JsonObject { ["requestId"] = offered.Key });

        Assert.Contains(Survey.Texts(caseworkers), t => t.StartsWith($"Booked: {{{{DATE({Utc(offered.Slots[0].Start)}, LONG)}}}}", StringComparison.Ordinal));
        Assert.Empty(CoachingWorld.Buttons(caseworkers));
        Assert.Equal(404, Survey.Status(strangers));
    }

    /// <summary>A decided review whose request was sent: the poll card delivered to the supervisor's chat.</summary>
    internal static async Task<CoachingWorld> OfferedAsync()
    {
        var coaching = await CoachingWorld.StartAsync();
        await coaching.World.InstallAsync(coaching.World.Supervisor);
        await coaching.DecideCoachingNeededAsync();
        await coaching.Channel.SweepAsync();
        return coaching;
    }

    internal static IEnumerable<string?> PickedSlotIds(JsonElement card) =>
        Survey.Elements(card).Where(e => e.TryGetProperty("verb", out var v) && v.GetString() == "coaching.pick")
            .Select(e => e.GetProperty("data").GetProperty("slotId").GetString());

    /// <summary>The supervisor's copy: the one whose cause is the request itself (other recipients' name them too).</summary>
    private static Task<string> ActivityIdOfAsync(CoachingWorld coaching, string requestKey) =>
        coaching.World.InDbAsync(async db => (await db.OutboxMessages.SingleAsync(m => m.Kind == "notice" && m.IdempotencyKey.StartsWith($"coaching-poll:{requestKey}:"), Ct)).ExternalId!);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Ics(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
