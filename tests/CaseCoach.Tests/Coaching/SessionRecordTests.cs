using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Coaching;

/// <summary>After a booked session ends (R16): its record card for the quality team, tied to the review and booking (R15).</summary>
public sealed class SessionRecordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_booked_session_ends_the_reviewer_and_QA_supervisor_get_its_record_card_once_filled_in_R16()
    {
        await using var coaching = await BookedAsync();
        var world = coaching.World;
        var session = Assert.Single(await coaching.SessionsAsync());
        await coaching.Channel.SweepAsync();
        Assert.Empty(RecordCards(coaching, world.Reviewer)); // not before the calendar end

        await world.SetClockAsync(session.ScheduledEnd.AddMinutes(1).ToString("O", CultureInfo.InvariantCulture));
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        foreach (var person in new[] { world.Reviewer, world.QaSupervisor })
        {
            var card = Assert.Single(RecordCards(coaching, person));
            var save = SaveData(card);
            Assert.Equal((session.Id.ToString(CultureInfo.InvariantCulture), session.ReviewId.ToString(CultureInfo.InvariantCulture)),
                (save["sessionId"]!.GetValue<string>(), save["reviewId"]!.GetValue<string>()));
            Assert.Contains(Survey.Texts(card), t => t.StartsWith("Booked session on ", StringComparison.Ordinal));
            Assert.Contains("Rivera family", Survey.Texts(card));
            Assert.Equal(SessionDay(session), Survey.Input(card, "sessionDate").GetProperty("value").GetString());
            var attended = Survey.Elements(card).Where(e => e.TryGetProperty("id", out var id) && id.GetString()!.StartsWith("attended-", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, attended.Count);
            Assert.All(attended, a => Assert.Equal("yes", a.GetProperty("value").GetString())); // R11: everyone invited
        }
        Assert.NotNull(Assert.Single(await coaching.SessionsAsync()).RecordPromptedAt);
    }

    [Fact]
    public async Task The_record_prompt_has_its_own_email_twin_and_a_notification_summary_without_the_case_name_R16()
    {
        await using var coaching = await EndedAsync();
        var world = coaching.World;

        var payloads = await world.InDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == CaseCoach.Bot.Outbound.NoticeOutbox.Kind && m.IdempotencyKey.StartsWith("coaching-record:"))
            .Select(m => m.Payload).ToListAsync(Ct));

        Assert.Equal(2, payloads.Count); // the reviewer and the QA supervisor
        Assert.All(payloads.Select(p => JsonSerializer.Deserialize<CaseCoach.Bot.Outbound.NoticePayload>(p, CaseCoach.Bot.Connector.Schema.BotJson.Options)!), notice =>
        {
            Assert.Equal("A coaching session is ready to document", notice.Email!.Subject);
            Assert.Contains("say \"record coaching\"", notice.Email.TextBody, StringComparison.Ordinal);
            Assert.Contains("Rivera family", notice.Email.TextBody, StringComparison.Ordinal); // the body may name it, the subject not
            Assert.False(string.IsNullOrWhiteSpace(notice.Activity.Summary));
            Assert.DoesNotContain("Rivera", notice.Activity.Summary, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Saving_the_record_card_ties_it_to_its_review_and_booking_and_changes_the_No_to_Yes_R15_R16()
    {
        await using var coaching = await EndedAsync();
        var world = coaching.World;
        var session = Assert.Single(await coaching.SessionsAsync());
        var data = SaveData(Assert.Single(RecordCards(coaching, world.Reviewer)), "q2");

        var saved = Survey.Card(await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsRecordCoaching, data));
        var again = await world.InvokeAsync(world.QaSupervisor, CardVerbs.ActionItemsRecordCoaching, SaveData(Assert.Single(RecordCards(coaching, world.QaSupervisor)), "q2"));

        Assert.DoesNotContain(Survey.Verbs(saved), v => v == CardVerbs.ActionItemsRecordCoaching);
        var record = Assert.Single(await world.InDbAsync(db => db.Set<CoachingRecord>().AsNoTracking().ToListAsync(Ct)));
        Assert.Equal((session.ReviewId, session.Id), (record.ReviewId!.Value, record.CoachingSessionId!.Value));
        Assert.Equal(["q2"], record.AnswersChangedToYes);
        var q2 = await world.InDbAsync(db => db.Reviews.Where(r => r.Id == session.ReviewId).SelectMany(r => r.Answers).SingleAsync(a => a.QuestionId == "q2", Ct));
        Assert.Equal(Answer.Yes, q2.Value);
        Assert.Contains("That session is already documented", again.ToString(), StringComparison.Ordinal); // one record per booking
    }

    [Fact]
    public async Task A_No_to_Yes_change_for_a_question_the_review_did_not_answer_No_is_refused_clearly_R15()
    {
        await using var coaching = await EndedAsync();
        var world = coaching.World;
        var data = SaveData(Assert.Single(RecordCards(coaching, world.Reviewer)), "q1");

        var answer = Survey.Card(await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsRecordCoaching, data));

        Assert.Contains("Question q1 was not answered No in the review, so there is nothing to change to Yes.", Survey.Texts(answer));
        Assert.Equal("Safety plan out of date.", Survey.Input(answer, "concerns").GetProperty("value").GetString()); // nothing typed lost
        Assert.Equal(0, await world.InDbAsync(db => db.Set<CoachingRecord>().CountAsync(Ct)));
        var q1 = await world.InDbAsync(db => db.Reviews.SelectMany(r => r.Answers).SingleAsync(a => a.QuestionId == "q1", Ct));
        Assert.Equal(Answer.Yes, q1.Value);
    }

    [Fact]
    public async Task Record_coaching_lists_the_sessions_waiting_for_that_persons_record_and_opens_the_filled_form_R16()
    {
        await using var coaching = await EndedAsync();
        var world = coaching.World;
        var session = Assert.Single(await coaching.SessionsAsync());
        await world.InstallAsync(world.SecondReviewer);

        var mine = await CommandCardAsync(coaching, world.Reviewer);
        var someoneElses = await CommandCardAsync(coaching, world.SecondReviewer);
        var open = Survey.Elements(mine).Single(e => e.TryGetProperty("title", out var t) && t.GetString() == "Document this session");
        var form = Survey.Card(await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsAddRow, JsonNode.Parse(open.GetProperty("data").GetRawText())!.AsObject()));

        Assert.Equal(session.Id.ToString(CultureInfo.InvariantCulture), open.GetProperty("data").GetProperty("sessionId").GetString());
        Assert.Contains(Survey.Texts(mine), t => t.StartsWith("Rivera family (RC-1001): session on ", StringComparison.Ordinal));
        Assert.Contains("No booked session is waiting for its record.", Survey.Texts(someoneElses));
        Assert.Equal(session.Id.ToString(CultureInfo.InvariantCulture), SaveData(form)["sessionId"]!.GetValue<string>());
        Assert.Equal(SessionDay(session), Survey.Input(form, "sessionDate").GetProperty("value").GetString());
    }

    /// <summary>The supervisor picked the first offered time; the quality team has the bot.</summary>
    private static async Task<CoachingWorld> BookedAsync()
    {
        var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        await world.InstallAsync(world.Reviewer, world.QaSupervisor);
        var offered = await coaching.RequestAsync();
        Survey.Card(await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[0].Id)));
        await coaching.Channel.SweepAsync();
        return coaching;
    }

    private static async Task<CoachingWorld> EndedAsync()
    {
        var coaching = await BookedAsync();
        var session = Assert.Single(await coaching.SessionsAsync());
        await coaching.World.SetClockAsync(session.ScheduledEnd.AddMinutes(5).ToString("O", CultureInfo.InvariantCulture));
        await coaching.Channel.SweepAsync();
        return coaching;
    }

    private static string SessionDay(CoachingSession session) =>
        TimeZoneInfo.ConvertTime(session.ScheduledStart, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Coaching-record cards sent to <paramref name="person"/>'s chat.</summary>
    private static List<JsonElement> RecordCards(CoachingWorld coaching, TestPerson person) => coaching.Channel.Connector.Requests
        .Where(r => r.Path.Contains(Uri.EscapeDataString(person.ConversationId), StringComparison.Ordinal) && r.Body is { } body && body.TryGetProperty("attachments", out _))
        .Select(r => r.Body!.Value.GetProperty("attachments")[0].GetProperty("content"))
        .Where(c => Survey.Verbs(c).Contains(CardVerbs.ActionItemsRecordCoaching)).ToList();

    private static async Task<JsonElement> CommandCardAsync(CoachingWorld coaching, TestPerson person)
    {
        var before = coaching.Channel.Connector.Requests.Count;
        using var sent = await coaching.Channel.SendAsync(coaching.Channel.Activities.Message(person, "record coaching"));
        await coaching.Channel.SweepAsync();
        return coaching.Channel.Connector.Requests.Skip(before)
            .Where(r => r.Path.Contains(Uri.EscapeDataString(person.ConversationId), StringComparison.Ordinal))
            .Select(r => r.Body).OfType<JsonElement>().Where(b => b.TryGetProperty("attachments", out _))
            .Select(b => b.GetProperty("attachments")[0].GetProperty("content"))
            .Single(c => Survey.Texts(c).Contains("Document the coaching session"));
    }

    /// <summary>What the client sends on "Save": every input's value, the concerns and changes, and the button's data.</summary>
    private static JsonObject SaveData(JsonElement card, string changedToYes = "")
    {
        var save = Survey.Elements(card).Single(e => e.TryGetProperty("verb", out var v) && v.GetString() == CardVerbs.ActionItemsRecordCoaching);
        var data = JsonNode.Parse(save.GetProperty("data").GetRawText())!.AsObject();
        foreach (var input in Survey.Elements(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal)))
            data[input.GetProperty("id").GetString()!] = input.TryGetProperty("value", out var value) ? value.GetString() : "";
        data["concerns"] = "Safety plan out of date.";
        data["answersChangedToYes"] = changedToYes;
        return data;
    }
}
