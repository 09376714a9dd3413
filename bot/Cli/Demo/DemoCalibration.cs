using CaseCoach.Bot.Demo;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using NodaTime;

namespace CaseCoach.Bot.Cli.Demo;

/// <summary>
/// R25 demo data: a calibration round a quarter (3 cases, both demo reviewers, each answer agreeing with the case's
/// "true" answer 85% of the time) and senior second reviews of every 10th review of the newer reviewer (Jordan Patel;
/// Sam Okafor is senior). Its own <see cref="Random"/>, so the regular reviews stay what they were for a seed. Only
/// rounds and second reviews that finish by <c>until</c> are made: nothing is left open.
/// </summary>
internal sealed class DemoCalibration(CaseCoachDbContext db, Instrument instrument, Jurisdiction jurisdiction, IReadOnlyDictionary<string, Person> people, Random random, DateOnly until)
{
    public const double Agreement = 0.85;
    private readonly DateTimeZone _zone = ReviewFacts.ZoneOf(jurisdiction);
    private int _newcomerReviews;

    public Person Newcomer => people[DemoPeople.Reviewer];
    public Person Senior => people[DemoPeople.SecondReviewer];

    public void SetStanding(DateOnly firstDay)
    {
        Newcomer.SetReviewerStanding(firstDay, senior: false);
        Senior.SetReviewerStanding(firstDay.AddYears(-5), senior: true);
    }

    /// <summary>Called after each regular demo review; the newcomer's 10th, 20th, ... gets a second review.</summary>
    public async Task AfterReviewAsync(Review review, DateTimeOffset completedAt, DemoCounts counts, CancellationToken cancellationToken)
    {
        if (review.ReviewerId != Newcomer.Id || !SecondReviews.Picks(++_newcomerReviews, 0.10)) return;
        var at = completedAt.AddDays(3);
        if (LocalDate(at) > until) return;
        await db.SaveChangesAsync(cancellationToken);
        var second = Review.ScheduleSecondReview(review, Senior, instrument, LocalDate(at));
        db.Reviews.Add(second);
        Submit(second, Senior, review.Answers.ToDictionary(a => a.QuestionId, a => Vary(a.Value ?? Answer.Yes)), at);
        await db.SaveChangesAsync(cancellationToken);
        counts.SecondReviews++;
    }

    /// <summary>A round in the quarter's third week over 3 of the cases; both reviewers submit within 10 days.</summary>
    public async Task RoundAsync(ReportPeriod quarter, IReadOnlyList<Case> cases, DemoCounts counts, CancellationToken cancellationToken)
    {
        var startedAt = At(quarter.Start.AddDays(14), 9);
        if (LocalDate(startedAt.AddDays(11)) > until) return;
        var round = CalibrationRound.Start(jurisdiction.Id, quarter.Label, people[DemoPeople.QaSupervisor].AadObjectId, startedAt);
        db.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        var chosen = cases.OrderBy(_ => random.Next()).Take(CalibrationRound.MinCases).OrderBy(c => c.ExternalCaseId, StringComparer.Ordinal).ToList();
        foreach (var reviewed in chosen)
        {
            var truth = instrument.Questions.ToDictionary(q => q.Id, q => random.NextDouble() < 0.8 ? Answer.Yes : q.AllowsNotApplicable && random.NextDouble() < 0.2 ? Answer.NotApplicable : Answer.No);
            foreach (var reviewer in new[] { Newcomer, Senior })
            {
                var review = Review.ScheduleCalibration(reviewed, reviewer, jurisdiction, instrument, LocalDate(startedAt).AddDays(StartCalibrationRound.DueInDays), round);
                db.Reviews.Add(review);
                Submit(review, reviewer, truth.ToDictionary(t => t.Key, t => Vary(t.Value)), startedAt.AddDays(random.Next(1, 11)));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        counts.CalibrationRounds++;
    }

    private Answer Vary(Answer answer) => random.NextDouble() < Agreement ? answer : answer == Answer.Yes ? Answer.No : Answer.Yes;

    private void Submit(Review review, Person reviewer, Dictionary<string, Answer> answers, DateTimeOffset at)
    {
        review.Start(reviewer, instrument, at.AddHours(-2));
        var entered = instrument.Questions.ToDictionary(q => q.Id, q => answers[q.Id] switch
        {
            Answer.No => new EnteredAnswer("no", "Demo example: the plan does not yet address this."),
            Answer.NotApplicable when q.AllowsNotApplicable => new EnteredAnswer("na", ""),
            _ => new EnteredAnswer("yes", ""),
        });
        var submitted = review.Submit(reviewer, instrument, new SurveyEntry(entered, "Demo strengths: regular contact with the family.", ""), at);
        if (!submitted.IsValid) throw new InvalidOperationException($"A generated demo review breaks the survey rules: {submitted.Form?.Reason}");
    }

    private DateTimeOffset At(DateOnly day, int hour) =>
        LocalDateTime.FromDateTime(day.ToDateTime(new TimeOnly(hour, 0))).InZoneLeniently(_zone).ToDateTimeOffset();

    private DateOnly LocalDate(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(_zone).Date.ToDateOnly();
}
