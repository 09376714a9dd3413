using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.Coaching;

/// <summary>
/// The coaching poll per viewer (R13: the caseworker's availability comes first): the supervisor picks, the caseworker
/// marks which times work, the quality team sees where it stands; each opener's refresh gives their own view.
/// </summary>
public sealed class PerViewerPollTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_viewers_refresh_returns_their_own_view_R13()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();

        var supervisors = await RefreshAsync(coaching, world.Supervisor, request.Key);
        var caseworkers = await RefreshAsync(coaching, world.Caseworker, request.Key);
        var reviewers = await RefreshAsync(coaching, world.Reviewer, request.Key);
        var qaSupervisors = await RefreshAsync(coaching, world.QaSupervisor, request.Key);

        // The supervisor picks: a button per time, none of these work, suggest a time; no marking.
        Assert.Equal(request.Slots.Select(s => s.Id), PickTests.PickedSlotIds(supervisors));
        Assert.Contains("coaching.noneWork", CoachingWorld.Buttons(supervisors));
        Assert.DoesNotContain("coaching.markTimes", CoachingWorld.Buttons(supervisors));
        // The caseworker marks which times work for them, and cannot book.
        Assert.Equal(["coaching.markTimes"], CoachingWorld.Buttons(caseworkers));
        var choices = Survey.Input(caseworkers, "workingSlots");
        Assert.True(choices.GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal(request.Slots.Select(s => s.Id), choices.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Contains(Survey.Texts(caseworkers), t => t.StartsWith("Your time comes first", StringComparison.Ordinal));
        // The quality team sees where it stands: the times, who picks, not booked; no buttons.
        foreach (var status in new[] { reviewers, qaSupervisors })
        {
            Assert.Empty(CoachingWorld.Buttons(status));
            Assert.Contains("Not booked yet. Taylor picks the time, and Dana says which of the times offered work for them.", Survey.Texts(status));
            Assert.Equal(request.Slots.Count, Survey.Texts(status).Count(t => t.StartsWith("{{DATE(", StringComparison.Ordinal)));
        }
        // Every card's refresh names every attendee, so each of them gets their own view when they open it.
        var everyone = new[] { world.QaSupervisor, world.Reviewer, world.Caseworker, world.Supervisor }.Select(p => "8:orgid:" + p.AadObjectId).Order();
        Assert.All(new[] { supervisors, caseworkers, reviewers }, card =>
            Assert.Equal(everyone, card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!).Order()));
        Assert.All(new[] { supervisors, caseworkers, reviewers }, card => Assert.Equal("1.4", card.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task The_caseworkers_marks_are_saved_per_offered_time_and_shown_to_the_supervisor_first_R13()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();
        var works = new[] { request.Slots[2].Id, request.Slots[4].Id };

        var answer = Survey.Card(await world.InvokeAsync(world.Caseworker, "coaching.markTimes", Marks(request.Key, string.Join(',', works))));
        await coaching.Channel.SweepAsync();

        Assert.Contains("Thanks, your times are saved. You can change them until the time is picked.", Survey.Texts(answer));
        Assert.Equal(string.Join(',', works), Survey.Input(answer, "workingSlots").GetProperty("value").GetString());
        var marks = await MarksAsync(coaching);
        Assert.Equal(request.Slots.Select(s => (s.Id, works.Contains(s.Id))).Order(), marks.Select(m => (m.SlotId, m.Works)).Order());

        var supervisors = await RefreshAsync(coaching, world.Supervisor, request.Key);
        Assert.Equal(works, PickTests.PickedSlotIds(supervisors).Take(2));
        Assert.Equal(2, Survey.Texts(supervisors).Count(t => t == "✔ Dana said this works for them."));
        Assert.Equal(3, Survey.Texts(supervisors).Count(t => t == "✖ Dana said this doesn't work for them."));
        // The supervisor's card in their chat is updated in place with the marks.
        var update = coaching.CardsTo(world.Supervisor).Last();
        Assert.Equal("PUT", update.Method);
        Assert.Equal(works, PickTests.PickedSlotIds(update.Card).Take(2));

        // Changing marks is allowed until the booking: one answer per offered time, replaced.
        Survey.Card(await world.InvokeAsync(world.Caseworker, "coaching.markTimes", Marks(request.Key, request.Slots[0].Id)));
        var changed = await MarksAsync(coaching);
        Assert.Equal(request.Slots.Select(s => (s.Id, s.Id == request.Slots[0].Id)).Order(), changed.Select(m => (m.SlotId, m.Works)).Order());
    }

    [Fact]
    public async Task The_caseworker_cannot_book_or_propose_a_time_R13_R14()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();

        var pick = await world.InvokeAsync(world.Caseworker, "coaching.pick", CoachingWorld.Pick(request.Key, request.Slots[0].Id));
        var propose = await world.InvokeAsync(world.Caseworker, "coaching.proposeTime",
            new JsonObject { ["requestId"] = request.Key, ["proposedDate"] = "2026-11-25", ["proposedTime"] = "14:00" });
        var wider = await world.InvokeAsync(world.Caseworker, "coaching.noneWork", new JsonObject { ["requestId"] = request.Key });

        Assert.All(new[] { pick, propose, wider }, a => Assert.Equal(404, Survey.Status(a)));
        Assert.Equal(CoachingRequestStatus.Open, (await coaching.RequestAsync()).Status);
        Assert.Empty(coaching.Bookings());
        Assert.Empty(await coaching.SessionsAsync());
    }

    [Fact]
    public async Task Someone_not_invited_is_refused_the_poll_and_its_marks_with_a_clear_message_and_only_the_caseworker_marks_R11_R13()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();

        foreach (var outsider in new[] { world.Stranger, world.ProgramAdministrator, world.SecondReviewer })
        {
            var refresh = await world.InvokeAsync(outsider, "coaching.refresh", new JsonObject { ["requestId"] = request.Key });
            var mark = await world.InvokeAsync(outsider, "coaching.markTimes", Marks(request.Key, request.Slots[0].Id));
            Assert.Equal(404, Survey.Status(refresh));
            Assert.Equal(404, Survey.Status(mark));
            Assert.StartsWith("This coaching conversation is for the people invited to it", Survey.ErrorMessage(refresh), StringComparison.Ordinal);
        }
        var bySupervisor = await world.InvokeAsync(world.Supervisor, "coaching.markTimes", Marks(request.Key, request.Slots[0].Id));
        Assert.Equal(403, Survey.Status(bySupervisor));
        Assert.StartsWith("Only the caseworker marks which times work for them", Survey.ErrorMessage(bySupervisor), StringComparison.Ordinal);
        var tooLong = await world.InvokeAsync(world.Caseworker, "coaching.markTimes", Marks(request.Key, new string('x', 401)));
        Assert.Equal(400, Survey.Status(tooLong));
        Assert.Empty(await MarksAsync(coaching));
    }

    [Fact]
    public async Task Marks_after_the_booking_are_refused_with_a_clear_message_and_the_caseworker_sees_the_booked_time_R13()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();
        Survey.Card(await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(request.Key, request.Slots[1].Id)));

        var mark = await world.InvokeAsync(world.Caseworker, "coaching.markTimes", Marks(request.Key, request.Slots[0].Id));
        var caseworkers = await RefreshAsync(coaching, world.Caseworker, request.Key);

        Assert.Equal(409, Survey.Status(mark));
        Assert.StartsWith("The session is already booked, so the times can no longer be changed here.", Survey.ErrorMessage(mark), StringComparison.Ordinal);
        Assert.DoesNotContain("R13", Survey.ErrorMessage(mark), StringComparison.Ordinal);
        Assert.Empty(await MarksAsync(coaching));
        Assert.Empty(CoachingWorld.Buttons(caseworkers));
        Assert.Contains(Survey.Texts(caseworkers), t => t.StartsWith("Booked: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Marks_from_a_card_whose_times_were_replaced_save_nothing_and_show_the_current_times_R13()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var first = await coaching.RequestAsync();
        Survey.Card(await world.InvokeAsync(world.Supervisor, "coaching.noneWork", new JsonObject { ["requestId"] = first.Key }));
        var current = await coaching.RequestAsync();

        var answer = Survey.Card(await world.InvokeAsync(world.Caseworker, "coaching.markTimes", Marks(first.Key, first.Slots[0].Id)));

        Assert.Contains("The times on that card have changed; here are the current ones.", Survey.Texts(answer));
        Assert.Equal(current.Slots.Select(s => s.Id),
            Survey.Input(answer, "workingSlots").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Empty(await MarksAsync(coaching));
    }

    [Fact]
    public async Task The_poll_reaches_the_caseworker_and_the_reviewer_in_Teams_once_even_on_repeated_sweeps_R13()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        var world = coaching.World;
        await world.InstallAsync(world.Supervisor, world.Caseworker, world.Reviewer);
        await coaching.DecideCoachingNeededAsync();

        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        var toCaseworker = Assert.Single(coaching.CardsTo(world.Caseworker));
        var toReviewer = Assert.Single(coaching.CardsTo(world.Reviewer));
        Assert.Equal("POST", toCaseworker.Method);
        Assert.Equal(["coaching.markTimes"], CoachingWorld.Buttons(toCaseworker.Card));
        Assert.Empty(CoachingWorld.Buttons(toReviewer.Card));
        Assert.Single(coaching.CardsTo(world.Supervisor));
        Assert.Empty(coaching.CardsTo(world.QaSupervisor));
        Assert.Equal(3, await world.InDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "notice" && m.IdempotencyKey.StartsWith("coaching-poll:"), Ct)));
    }

    [Fact]
    public async Task A_caseworker_Teams_cannot_reach_gets_one_email_the_coaching_request_and_not_the_polls_twin_as_well_R13_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        var world = coaching.World;
        await world.InstallAsync(world.Supervisor, world.Reviewer);
        await coaching.DecideCoachingNeededAsync();

        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        Assert.Empty(coaching.CardsTo(world.Caseworker));
        Assert.Empty(coaching.EmailFiles("coaching-poll-"));
        var mails = await Task.WhenAll(Directory.GetFiles(coaching.Channel.Bot.OutboxFolder, "*.eml").Select(f => MimeMessage.LoadAsync(f, Ct)));
        var request = Assert.Single(mails, m => m.To.Mailboxes.Any(a => a.Address == ReviewWorld.Email(world.Caseworker)));
        Assert.Equal("A few quick questions about case RC-1001", request.Subject);
        Assert.Contains("Would one of these times work?", request.TextBody, StringComparison.Ordinal);
        // The poll's copy for the caseworker counts as delivered by that email: not stuck, not sent twice.
        var poll = await world.InDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "notice"
            && m.IdempotencyKey.StartsWith("coaching-poll:") && m.ExternalId!.StartsWith("email:"), Ct));
        Assert.Equal(CaseCoach.Core.Outbox.OutboxStatus.Delivered, poll.Status);
    }

    private static async Task<JsonElement> RefreshAsync(CoachingWorld coaching, TestPerson person, string key) =>
        Survey.Card(await coaching.World.InvokeAsync(person, "coaching.refresh", new JsonObject { ["requestId"] = key }));

    private static JsonObject Marks(string requestId, string workingSlots) => new() { ["requestId"] = requestId, ["workingSlots"] = workingSlots };

    private static Task<List<CoachingSlotMark>> MarksAsync(CoachingWorld coaching) =>
        coaching.World.InDbAsync(db => db.Set<CoachingSlotMark>().AsNoTracking().ToListAsync(Ct));
}
