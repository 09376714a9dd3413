using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// Every answer value (R4, including "not enough information to decide", R8) is stored and read back on both
/// databases, and the previous-review query (R3) finds the latest completed review of the case in SQL.
/// </summary>
public sealed class ReviewAnswerRoundTripTests
{
    private static readonly Instrument Instrument = InstrumentCatalog.LoadEmbedded().Get(InstrumentCatalog.SustainablePermanency);
    private static readonly DateTimeOffset Now = new(2026, 9, 2, 14, 0, 0, TimeSpan.FromHours(-4));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_answer_including_not_enough_information_round_trips_and_the_previous_review_is_the_latest_completed_R3_R8(
        DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        long currentId;
        await using (var db = database.CreateContext())
        {
            var jurisdiction = Jurisdiction.Create("demo", "Demo County", "America/New_York", new TimeOnly(17, 0), InstrumentCatalog.SustainablePermanency);
            var unit = Unit.Create("North Unit");
            var reviewer = Person.Create("aad-rv", "rv@demo.example", "Robin Reviewer", "Quality Reviewer", Role.Reviewer, "America/New_York");
            var supervisor = Person.Create("aad-sup", "sup@demo.example", "Sam Super", "Supervisor", Role.Supervisor, "America/New_York");
            var caseworker = Person.Create("aad-cw", "cw@demo.example", "Casey Worker", "Caseworker", Role.Caseworker, "America/New_York");
            foreach (var person in new[] { reviewer, supervisor, caseworker }) person.JoinUnit(unit);
            var opened = Case.Open("C-100", "Family A", unit, caseworker, supervisor, new DateOnly(2026, 1, 5));
            db.AddRange(jurisdiction, opened, reviewer);

            Review Completed(DateTimeOffset at, Answer q2)
            {
                var review = Review.Schedule(opened, reviewer, jurisdiction, Instrument, DateOnly.FromDateTime(at.Date));
                db.Reviews.Add(review);
                var entered = Instrument.Questions.ToDictionary(q => q.Id, q => new EnteredAnswer("yes", ""));
                entered["q2"] = new EnteredAnswer(((Answer?)q2).ToCode(), "What the file shows or lacks.");
                entered["q3"] = new EnteredAnswer("na", "");
                Assert.True(review.Submit(reviewer, Instrument, new SurveyEntry(entered, "Strengths.", ""), at).IsValid);
                return review;
            }
            Completed(Now.AddMonths(-6), Answer.No);
            Completed(Now, Answer.NotEnoughInfo); // the latest completed one
            var current = Review.Schedule(opened, reviewer, jurisdiction, Instrument, new DateOnly(2026, 12, 2));
            db.Reviews.Add(current);
            await db.SaveChangesAsync(Ct);
            currentId = current.Id;
        }

        await using var read = database.CreateContext();
        var stored = await read.Set<ReviewAnswer>().AsNoTracking().Select(a => a.Value).Distinct().ToListAsync(Ct);
        Assert.Equal([Answer.Yes, Answer.No, Answer.NotApplicable, Answer.NotEnoughInfo], stored.OfType<Answer>().Order());
        var reReview = await read.Reviews.SingleAsync(r => r.Id == currentId, Ct);

        var previous = await new FindPreviousReview(read).ForAsync(reReview, Ct);

        Assert.NotNull(previous);
        Assert.Equal(Now, previous.CompletedAt);
        Assert.Equal("Robin Reviewer", previous.ReviewerName);
        Assert.Equal(new PreviousAnswer(Answer.NotEnoughInfo, "What the file shows or lacks."), previous.For("q2"));
        Assert.Equal(9, previous.Answers.Count);
    }
}
