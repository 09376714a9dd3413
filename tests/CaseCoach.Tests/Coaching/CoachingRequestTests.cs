using System.Text.Json;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.Coaching;

/// <summary>The coaching request (R11-R14): times from everyone's calendar, as a poll card and as an actionable email.</summary>
public sealed class CoachingRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coaching_needed_sends_the_supervisor_a_poll_of_times_when_everyone_required_is_free_R11_R13_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        var world = coaching.World;
        await world.InstallAsync(world.Supervisor);
        coaching.Busy(world.Caseworker, ("20261123T140000", "20261123T170000"));   // Monday 9-12 in New York
        coaching.Busy(world.QaSupervisor, ("20261123T180000", "20261123T220000")); // Monday 1-5
        await coaching.DecideCoachingNeededAsync();

        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        var (method, _, card) = Assert.Single(coaching.CardsTo(world.Supervisor));
        Assert.Equal("POST", method);
        var starts = Survey.Elements(card).Where(e => e.TryGetProperty("verb", out var v) && v.GetString() == "coaching.pick")
            .Select(e => e.GetProperty("data").GetProperty("slotId").GetString()).ToList();
        var request = await coaching.RequestAsync();
        Assert.Equal(request.Slots.Select(s => s.Id), starts);
        // R13: the caseworker's first free time (Monday noon, between her morning and the QA supervisor's afternoon),
        // then one time a day at different times of day: not five slots in one afternoon (R14).
        Assert.Equal(5, request.Slots.Count);
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T17:00:00Z"), request.Slots[0].Start);
        Assert.Equal(5, request.Slots.Select(s => s.Start.UtcDateTime.Date).Distinct().Count());
        Assert.True(request.Slots.Select(s => s.Start.UtcDateTime.TimeOfDay).Distinct().Count() >= 4, string.Join(", ", request.Slots.Select(s => s.Start)));
        Assert.All(request.Slots, s => Assert.True(s.CaseworkerFree));
        Assert.All(request.Slots, s => Assert.Equal(TimeSpan.FromHours(1), s.End - s.Start));
        Assert.Contains("coaching.noneWork", Survey.Verbs(card));
        Assert.Contains("coaching.proposeTime", Survey.Verbs(card));
        Assert.Equal(CoachingWorld.Originator, card.GetProperty("originator").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        var taken = await world.InDbAsync(db => db.CoachingNeededEvents.SingleAsync(Ct));
        Assert.NotNull(taken.TakenUpAt);
        Assert.Equal(1, await world.InDbAsync(db => db.Set<CoachingRequest>().CountAsync(Ct)));
    }

    [Fact]
    public async Task The_request_email_carries_the_card_for_Outlook_and_an_upbeat_fallback_listing_the_times_R11_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        var world = coaching.World;
        await coaching.DecideCoachingNeededAsync();

        await coaching.Channel.SweepAsync();

        var email = await MimeMessage.LoadAsync(Assert.Single(coaching.EmailFiles("coaching-request-")), Ct);
        Assert.Equal(new[] { ReviewWorld.Email(world.Caseworker), ReviewWorld.Email(world.Supervisor) }.Order(), email.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Equal(new[] { ReviewWorld.Email(world.QaSupervisor), ReviewWorld.Email(world.Reviewer) }.Order(), email.Cc.Mailboxes.Select(m => m.Address).Order());
        Assert.DoesNotContain(ReviewWorld.Email(world.ProgramAdministrator), email.To.Mailboxes.Concat(email.Cc.Mailboxes).Select(m => m.Address)); // R11
        Assert.Equal("A few quick questions about case RC-1001", email.Subject);

        var html = email.HtmlBody!;
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        const string open = "<script type=\"application/adaptivecard+json\">";
        var json = head[(head.IndexOf(open, StringComparison.Ordinal) + open.Length)..head.IndexOf("</script>", StringComparison.Ordinal)];
        var card = JsonDocument.Parse(json).RootElement;
        Assert.Equal(CoachingWorld.Originator, card.GetProperty("originator").GetString());
        Assert.True(card.GetProperty("hideOriginalBody").GetBoolean());
        Assert.DoesNotContain("Action.Submit", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Time", json, StringComparison.Ordinal);
        // One email for everyone: its card shows where the request stands, with no one's buttons; Outlook's refresh
        // (coaching.refresh, for every attendee) shows each opener their own view (R13).
        Assert.Empty(CoachingWorld.Buttons(card));
        Assert.Equal(5, Survey.Texts(card).Count(t => t.StartsWith("{{DATE(", StringComparison.Ordinal)));
        Assert.Equal(
            new[] { world.QaSupervisor, world.Reviewer, world.Caseworker, world.Supervisor }.Select(p => "8:orgid:" + p.AadObjectId).Order(),
            card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!).Order());

        // The fallback for clients without actionable messages lists the same times, in the jurisdiction's zone.
        Assert.Contains("<li>Monday, November 23, 9:30 AM EST</li>", html, StringComparison.Ordinal);
        Assert.Contains("- Monday, November 23, 9:30 AM EST", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("a couple of questions", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("fail", email.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_a_stored_chat_the_supervisor_gets_the_request_by_email_only_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        await coaching.DecideCoachingNeededAsync();

        await coaching.Channel.SweepAsync();

        Assert.Empty(coaching.CardsTo(coaching.World.Supervisor));
        Assert.Single(coaching.EmailFiles("coaching-request-"));
        Assert.Equal(CoachingRequestStatus.Open, (await coaching.RequestAsync()).Status);
    }

    [Fact]
    public async Task A_safety_concern_offers_only_times_before_the_end_of_the_next_business_day_R13()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        await coaching.DecideCoachingNeededAsync(safetyConcern: true);

        await coaching.Channel.SweepAsync();

        var request = await coaching.RequestAsync();
        Assert.NotEmpty(request.Slots);
        Assert.All(request.Slots, s => Assert.True(s.End <= DateTimeOffset.Parse("2026-11-25T05:00:00Z"), $"{s.Start} is after Tuesday"));
        Assert.Equal(DateTimeOffset.Parse("2026-11-25T05:00:00Z"), request.WindowEnd);
    }

    [Fact]
    public async Task With_no_common_free_time_the_request_still_goes_out_and_asks_for_a_time_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        var world = coaching.World;
        await world.InstallAsync(world.Supervisor);
        coaching.Busy(world.Supervisor, ("20261123T000000", "20261215T000000"));
        await coaching.DecideCoachingNeededAsync();

        await coaching.Channel.SweepAsync();

        Assert.Empty((await coaching.RequestAsync()).Slots);
        var (_, _, card) = Assert.Single(coaching.CardsTo(world.Supervisor));
        Assert.Contains("I couldn't find a time when everyone is free yet. Ask me to look further ahead, or suggest a time below.", Survey.Texts(card));
        Assert.Equal(["coaching.noneWork", "coaching.proposeTime"], CoachingWorld.Buttons(card));
        var email = await MimeMessage.LoadAsync(Assert.Single(coaching.EmailFiles("coaching-request-")), Ct);
        Assert.Contains("could you tell us a time that suits you?", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul>", email.HtmlBody, StringComparison.Ordinal);
    }
}
