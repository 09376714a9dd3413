using CaseCoach.Core.Reviews;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.ActionItems;

public class CoachingRecordTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 15, 0, 0, TimeSpan.FromHours(-5));

    [Fact]
    public async Task The_quality_team_documents_the_session_and_the_items_go_out_the_same_day_R16_R17()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var form = await OpenFormAsync(world);
        var withRow = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsAddRow, Submit(form, rows: 1));
        Assert.Contains("description-2", withRow.GetProperty("value").ToString(), StringComparison.Ordinal); // more rows on demand

        var data = Submit(withRow.GetProperty("value"), rows: 2);
        data["description-1"] = "Update the safety plan";
        data["due-1"] = "2026-12-03";
        data["safety-1"] = "yes";
        data["description-2"] = "Add sibling visit notes";
        data["owner-2"] = (await PersonIdAsync(world, world.Supervisor)).ToString();
        data["due-2"] = "2026-12-04";
        var saved = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsRecordCoaching, data);
        await world.Channel.SweepAsync();

        Assert.Equal(200, saved.GetProperty("statusCode").GetInt32());
        var record = Assert.Single(await world.QueryAsync(db => db.Set<CoachingRecord>().ToListAsync()));
        Assert.True(record.RecordedOnTime);
        var reviewId = await world.QueryAsync(db => db.Reviews.Where(r => r.CaseId == world.CaseId).Select(r => r.Id).SingleAsync());
        Assert.Equal((reviewId, (long?)null), (record.ReviewId, record.CoachingSessionId)); // R15: tied to the case's review, no booking
        Assert.Equal(["q3"], record.AnswersChangedToYes);
        Assert.Contains(record.Attendees, a => a.Title == "Case Manager");
        var items = await world.QueryAsync(db => db.Set<ActionItem>().OrderBy(i => i.DueOn).ToListAsync());
        Assert.Equal([true, false], items.Select(i => i.IsSafety));
        var email = Assert.Single(world.Emails());
        Assert.Contains("Add sibling visit notes", email, StringComparison.Ordinal);
        Assert.Contains("supervisor@riverside.example", email, StringComparison.Ordinal);
        Assert.Contains(world.RequestsTo(world.Caseworker), r => r.Body?.ToString().Contains(CardVerbs.ActionItemsReportDone, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("past due date", "in the past")]
    [InlineData("owner outside the case", "not the caseworker or supervisor")]
    public async Task A_refused_record_comes_back_with_a_clear_message_and_saves_nothing_R16(string defect, string message)
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var data = Submit(await OpenFormAsync(world), rows: 1);
        data["description-1"] = "Update the safety plan";
        data["due-1"] = defect == "past due date" ? "2026-11-20" : "2026-12-03";
        if (defect == "owner outside the case")
            data["owner-1"] = (await PersonIdAsync(world, world.OtherCaseworker)).ToString();

        var answer = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsRecordCoaching, data);
        await world.Channel.SweepAsync();

        Assert.Contains(message, answer.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.Contains("Update the safety plan", answer.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await world.QueryAsync(db => db.Set<CoachingRecord>().CountAsync()));
        Assert.Equal(0, await world.QueryAsync(db => db.Set<ActionItem>().CountAsync()));
        Assert.Empty(world.Emails());
    }

    [Fact]
    public async Task A_No_to_Yes_change_must_name_a_question_the_review_answered_No_and_changes_that_answer_R15()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var reviewId = await world.CompleteReviewAsync();

        var refused = await Assert.ThrowsAsync<RecordRefusedException>(() =>
            world.RecordCoachingAsync(reviewId, new DateOnly(2026, 11, 30), ["q1"], ("Add sibling visit notes", new DateOnly(2026, 12, 3), false)));
        await world.RecordCoachingAsync(reviewId, new DateOnly(2026, 11, 30), ["q3"], ("Add sibling visit notes", new DateOnly(2026, 12, 3), false));

        Assert.Equal(("coaching-record-answer-not-no", "q1"), (refused.Refusal.Reason, refused.Refusal.Field));
        Assert.Equal(["q3"], Assert.Single(await world.QueryAsync(db => db.Set<CoachingRecord>().ToListAsync())).AnswersChangedToYes);
        var q3 = await world.QueryAsync(db => db.Reviews.Where(r => r.Id == reviewId).SelectMany(r => r.Answers).SingleAsync(a => a.QuestionId == "q3"));
        Assert.Equal(Answer.Yes, q3.Value);
        Assert.Equal(new DateOnly(2026, 11, 30), q3.ResolvedDuringCoachingOn);
        Assert.DoesNotContain("R15", q3.Comment, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolved during coaching", q3.Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_offers_the_reviews_No_answers_by_their_question_text_without_ids_or_rule_codes_R15()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var form = await OpenFormAsync(world);
        var q3 = world.Channel.Bot.Services.GetRequiredService<CaseCoach.Core.Instruments.InstrumentCatalog>()
            .Get(CaseCoach.Core.Instruments.InstrumentCatalog.SustainablePermanency).Find("q3")!;

        var choice = Inputs(form).Single(i => i.GetProperty("id").GetString() == "answersChangedToYes");
        Assert.Equal("Input.ChoiceSet", choice.GetProperty("type").GetString());
        Assert.True(choice.GetProperty("isMultiSelect").GetBoolean());
        var offered = Assert.Single(choice.GetProperty("choices").EnumerateArray()); // only q3 was answered No
        Assert.Equal("q3", offered.GetProperty("value").GetString());
        Assert.Equal($"{q3.Number}. {q3.Text}", offered.GetProperty("title").GetString());
        var text = form.ToString();
        Assert.DoesNotContain("(R15)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("R16", text, StringComparison.Ordinal);
        Assert.DoesNotContain("e.g. q3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_No_resolved_in_coaching_reads_as_resolved_on_the_review_summary_from_the_template_R15()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var reviewId = await world.CompleteReviewAsync();
        await world.RecordCoachingAsync(reviewId, new DateOnly(2026, 11, 30), ["q3"], ("Add sibling visit notes", new DateOnly(2026, 12, 3), false));

        await using var scope = world.Channel.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoach.Core.Persistence.CaseCoachDbContext>();
        var review = await db.Reviews.Include(r => r.Answers).Include(r => r.Case).Include(r => r.Reviewer)
            .SingleAsync(r => r.Id == reviewId, TestContext.Current.CancellationToken);
        var instrument = scope.ServiceProvider.GetRequiredService<CaseCoach.Core.Instruments.InstrumentCatalog>().Get(review.InstrumentKey);
        var summary = scope.ServiceProvider.GetRequiredService<CaseCoach.Cards.Reviews.ReviewViews>().Summary(review, instrument);

        var q3 = summary.Answers.Single(a => a.Number == instrument.Find("q3")!.Number);
        Assert.Equal("yes", q3.Answer);
        Assert.Equal("The safety plan does not name the grandmother.", q3.Comment); // the comment as written
        Assert.Contains("resolved during the coaching session on Monday, November 30, 2026", q3.Resolved, StringComparison.Ordinal);
        Assert.All(summary.Answers.Where(a => a != q3), a => Assert.Equal("", a.Resolved));
        var card = scope.ServiceProvider.GetRequiredService<ICardRenderer>().Render(summary).ToString();
        Assert.Contains("resolved during the coaching session", card, StringComparison.Ordinal);
        Assert.DoesNotContain("R15", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_for_a_case_that_was_never_reviewed_is_refused_and_the_case_is_not_offered_R15()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var before = world.Connector.Requests.Count;
        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.Reviewer, "record coaching"));
        await world.Channel.SweepAsync();
        var picker = ChecklistCardTests.Card(world.Connector.Requests.Skip(before).Single()).ToString();

        var data = new JsonObject
        {
            ["caseId"] = world.CaseId.ToString(), ["rowCount"] = "0", ["sessionDate"] = "2026-11-30", ["concerns"] = "Safety plan out of date.",
            ["answersChangedToYes"] = "", ["appreciation"] = "",
        };
        var answer = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsRecordCoaching, data);

        Assert.DoesNotContain("Rivera family (", picker, StringComparison.Ordinal);
        Assert.Contains("No booked session is waiting for its record.", picker, StringComparison.Ordinal);
        Assert.Contains("This case has no completed review yet", answer.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await world.QueryAsync(db => db.Set<CoachingRecord>().CountAsync()));
    }

    [Fact]
    public async Task A_caseworker_cannot_document_coaching()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);

        var answer = await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsAddRow, new JsonObject { ["caseId"] = world.CaseId.ToString(), ["rowCount"] = "0" });

        Assert.Equal(403, answer.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task My_tasks_lists_the_persons_open_items_with_due_phrases()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        await world.RecordCoachingAsync(new DateOnly(2026, 11, 30), ("Add sibling visit notes", new DateOnly(2026, 12, 3), false));
        await world.Channel.SweepAsync();
        var before = world.Connector.Requests.Count;

        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.Supervisor, "my tasks"));
        await world.Channel.SweepAsync();

        var card = ChecklistCardTests.Card(world.Connector.Requests.Skip(before).Single()).ToString();
        Assert.Contains("Add sibling visit notes", card, StringComparison.Ordinal);
        Assert.Contains("due in 3 days", card, StringComparison.Ordinal);
    }

    /// <summary>The reviewer completes the case's review, then opens the form from the case picker ("document another session").</summary>
    private static async Task<JsonElement> OpenFormAsync(ActionItemsWorld world)
    {
        await world.CompleteReviewAsync();
        var before = world.Connector.Requests.Count;
        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.Reviewer, "record coaching"));
        await world.Channel.SweepAsync();
        var picker = ChecklistCardTests.Card(world.Connector.Requests.Skip(before).Single());
        Assert.Contains("Rivera family", picker.ToString(), StringComparison.Ordinal);
        var form = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsAddRow, new JsonObject { ["caseId"] = "", ["rowCount"] = "0", ["pickCase"] = world.CaseId.ToString() });
        return form.GetProperty("value");
    }

    /// <summary>What the client sends: every input's current value, plus the action's data.</summary>
    private static JsonObject Submit(JsonElement card, int rows)
    {
        var data = new JsonObject { ["rowCount"] = rows.ToString(), ["concerns"] = "Safety plan out of date.", ["answersChangedToYes"] = "q3" };
        foreach (var input in Inputs(card))
            data[input.GetProperty("id").GetString()!] ??= input.TryGetProperty("value", out var v) ? v.GetString() : "";
        var action = Inputs(card, "Action.Execute").First();
        data["caseId"] = action.GetProperty("data").GetProperty("caseId").GetString();
        return data;
    }

    private static IEnumerable<JsonElement> Inputs(JsonElement element, string prefix = "Input.")
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString()!.StartsWith(prefix, StringComparison.Ordinal))
                yield return element;
            foreach (var property in element.EnumerateObject())
                foreach (var found in Inputs(property.Value, prefix)) yield return found;
        }
        else if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray())
                foreach (var found in Inputs(item, prefix)) yield return found;
    }

    private static Task<long> PersonIdAsync(ActionItemsWorld world, Hosting.TestPerson person) =>
        world.QueryAsync(db => db.People.Where(p => p.AadObjectId == person.AadObjectId).Select(p => p.Id).SingleAsync());
}
