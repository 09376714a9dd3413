using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Tests.Reviews;

/// <summary>The Review entity guards its own rules, whatever the caller (R5, R6, R8).</summary>
public sealed class ReviewRuleTests
{
    private static readonly Instrument Permanency = InstrumentCatalog.LoadEmbedded().Get(InstrumentCatalog.SustainablePermanency);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private readonly Person _reviewer = Make("r", Role.Reviewer);
    private readonly Person _otherReviewer = Make("o", Role.Reviewer);
    private readonly Person _qa = Make("q", Role.QaSupervisor);
    private readonly Review _review;

    public ReviewRuleTests()
    {
        var unit = Unit.Create("North");
        var reviewed = Case.Open("C-1", "Case", unit, Make("c", Role.Caseworker), Make("s", Role.Supervisor), new DateOnly(2026, 6, 1));
        var jurisdiction = Jurisdiction.Create("j", "J", "America/New_York", new TimeOnly(17, 0), Permanency.Key);
        _review = Review.Schedule(reviewed, _reviewer, jurisdiction, Permanency, new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void Only_the_assigned_reviewer_can_start_save_or_submit()
    {
        Assert.Throws<InvalidOperationException>(() => _review.Start(_otherReviewer, Permanency, Now));
        Assert.Throws<InvalidOperationException>(() => _review.SaveDraft(_otherReviewer, Permanency, AllYes()));
        Assert.Throws<InvalidOperationException>(() => _review.Submit(_otherReviewer, Permanency, AllYes(), Now));
        Assert.Equal(ReviewStatus.Assigned, _review.Status);
    }

    [Fact]
    public void A_submitted_review_is_closed_to_further_entry_R6()
    {
        Assert.True(_review.Submit(_reviewer, Permanency, AllYes(), Now).IsValid);

        Assert.Equal(Now, _review.CompletedAt);
        Assert.Throws<InvalidOperationException>(() => _review.SaveDraft(_reviewer, Permanency, AllYes()));
        Assert.Throws<InvalidOperationException>(() => _review.Submit(_reviewer, Permanency, AllYes(), Now.AddHours(1)));
        Assert.Equal(Now, _review.CompletedAt);
    }

    [Fact]
    public void A_No_with_a_comment_submits_and_the_decision_is_coaching_needed_R5_R8()
    {
        var entry = AllYes(("q4", new EnteredAnswer("no", "No referral to in-home services since March")));

        Assert.True(_review.Submit(_reviewer, Permanency, entry, Now).IsValid);
        Assert.Equal(ReviewDecision.CoachingNeeded, _review.Decide(_qa, notEnoughInformation: false, safetyConcern: false, Now));
        Assert.Throws<InvalidOperationException>(() => _review.Decide(_qa, false, false, Now));
    }

    [Fact]
    public void Only_a_QA_supervisor_decides_and_only_after_submission_R8()
    {
        Assert.Throws<InvalidOperationException>(() => _review.Decide(_qa, false, false, Now));
        _review.Submit(_reviewer, Permanency, AllYes(), Now);

        Assert.Throws<InvalidOperationException>(() => _review.Decide(_reviewer, false, false, Now));
        Assert.Equal(ReviewDecision.NoCoachingNeeded, _review.Decide(_qa, false, false, Now));
    }

    private static SurveyEntry AllYes(params (string Id, EnteredAnswer Answer)[] overrides)
    {
        var answers = Permanency.Questions.ToDictionary(q => q.Id, _ => new EnteredAnswer("yes", ""));
        foreach (var (id, answer) in overrides) answers[id] = answer;
        return new SurveyEntry(answers, "Specific strength", "");
    }

    private static Person Make(string id, Role role) =>
        Person.Create(id, $"{id}@example.org", $"Person {id}", "", role, "America/New_York");
}
