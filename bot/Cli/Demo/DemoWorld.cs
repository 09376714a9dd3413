using CaseCoach.Bot.Demo;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Bot.Cli.Demo;

/// <summary>
/// One demo agency's months, drawn from one <see cref="Random"/> in a fixed order (cases, then months, then each
/// draw in the same sequence), so the seed decides everything. Practice improves a little each month and differs by
/// unit and question, so the heat map, trend and pairings have something to show. Nothing is left overdue and open,
/// so the running bot's sweeps find no historical item to chase.
/// </summary>
internal sealed class DemoWorld(CaseCoachDbContext db, Instrument instrument, Jurisdiction jurisdiction, IReadOnlyDictionary<string, Person> people, Random random, DateOnly until)
{
    private readonly DateTimeZone _zone = ReviewFacts.ZoneOf(jurisdiction);

    public async Task<IReadOnlyList<Case>> OpenCasesAsync(int perUnit, DateOnly openedOn, CancellationToken cancellationToken)
    {
        var north = await db.Units.SingleAsync(u => u.Id == people[DemoPeople.Caseworker].UnitId, cancellationToken);
        var south = await db.Units.SingleAsync(u => u.Id == people[DemoPeople.SouthCaseworker].UnitId, cancellationToken);
        var cases = new List<Case>();
        for (var i = 1; i <= perUnit; i++)
        {
            cases.Add(Case.Open($"{DemoGenerator.CasePrefix}N{i:00}", $"Demo family N{i:00}", north, people[DemoPeople.Caseworker], people[DemoPeople.Supervisor], openedOn));
            cases.Add(Case.Open($"{DemoGenerator.CasePrefix}S{i:00}", $"Demo family S{i:00}", south, people[DemoPeople.SouthCaseworker], people[DemoPeople.SouthSupervisor], openedOn));
        }
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(cancellationToken);
        return cases;
    }

    /// <summary>About half the cases are reviewed in a month, on a day drawn from 1 to 28; none after <c>until</c>.</summary>
    public async Task<Review?> MonthAsync(Case reviewed, DateOnly month, int monthIndex, DemoCounts counts, CancellationToken cancellationToken)
    {
        var reviewedThisMonth = random.NextDouble() < 0.5;
        var day = random.Next(1, 29);
        var completedOn = month.AddDays(day - 1);
        if (!reviewedThisMonth || completedOn > until) return null;
        var reviewer = people[random.Next(2) == 0 ? DemoPeople.Reviewer : DemoPeople.SecondReviewer];
        var south = reviewed.CaseworkerId == people[DemoPeople.SouthCaseworker].Id;
        var completedAt = At(completedOn, 10);

        var review = Review.Schedule(reviewed, reviewer, jurisdiction, instrument, completedOn);
        db.Reviews.Add(review);
        review.Start(reviewer, instrument, completedAt.AddDays(-1));
        var drawn = instrument.Questions.Select((q, i) => (q.Id, Value: Draw(q, south, i, monthIndex))).ToList();
        var answers = drawn.ToDictionary(a => a.Id, a => a.Value switch
        {
            Answer.No => new EnteredAnswer("no", "Demo example: the plan does not yet address this."),
            Answer.NotApplicable => new EnteredAnswer("na", ""),
            _ => new EnteredAnswer("yes", ""),
        });
        var anyNo = drawn.Any(a => a.Value == Answer.No);
        var submitted = review.Submit(reviewer, instrument, new SurveyEntry(answers, "Demo strengths: regular contact with the family.", anyNo ? "Demo opportunities: clearer goals." : ""), completedAt);
        if (!submitted.IsValid) throw new InvalidOperationException($"A generated demo review breaks the survey rules: {submitted.Form?.Reason}");
        var decision = review.Decide(people[DemoPeople.QaSupervisor], random.NextDouble() < 0.05, false, completedAt.AddHours(3));
        await db.SaveChangesAsync(cancellationToken);
        counts.Reviews++;
        if (decision == ReviewDecision.CoachingNeeded)
            await CoachAsync(review, reviewed, completedAt, counts, cancellationToken);
        return review;
    }

    /// <summary>Yes more likely over the months, a little less in the South and on the later questions; 1 in 20 N/A.</summary>
    private Answer Draw(InstrumentQuestion q, bool south, int question, int monthIndex)
    {
        if (random.NextDouble() < 0.05 && q.AllowsNotApplicable) return Answer.NotApplicable;
        var yes = Math.Clamp(0.88 + 0.01 * monthIndex - (south ? 0.06 : 0) - 0.01 * question, 0.5, 0.99);
        return random.NextDouble() < yes ? Answer.Yes : Answer.No;
    }

    private async Task CoachAsync(Review review, Case reviewed, DateTimeOffset completedAt, DemoCounts counts, CancellationToken cancellationToken)
    {
        var start = At(LocalDate(completedAt).AddDays(random.Next(3, 21)), 14);
        var tasks = random.Next(1, 3);
        var late = random.NextDouble() < 0.15;
        if (LocalDate(start) > until) return;
        var windowEnd = completedAt.AddDays(14);
        var request = CoachingRequest.Open(review.Id, [new ProposedSlot(start, start.AddHours(1), true)], windowEnd, completedAt.AddHours(4));
        request.Book(start, start.AddHours(1), $"demo-event-{review.Id}", people[DemoPeople.Caseworker].AadObjectId, completedAt.AddDays(1));
        db.Add(request);
        db.Add(CoachingSession.Booked(request, completedAt, windowEnd, completedAt.AddDays(1)));
        counts.Sessions++;

        var sessionOn = LocalDate(start);
        var worker = people.Values.Single(p => p.Id == reviewed.CaseworkerId);
        var supervisor = people.Values.Single(p => p.Id == reviewed.SupervisorId);
        var record = CoachingRecord.Document(reviewed.Id, review.Id, review.ReviewerId, sessionOn,
            [new CoachingAttendee(worker.Id, worker.Name, worker.Title), new CoachingAttendee(supervisor.Id, supervisor.Name, supervisor.Title)],
            "Demo summary of the concerns discussed.", [], sessionOn.AddDays(1), sessionOn.AddDays(2), start.AddDays(1));
        db.Add(record);
        for (var t = 1; t <= tasks; t++)
        {
            var dueOn = sessionOn.AddDays(random.Next(7, 22));
            var item = ActionItem.Agree(record.Id, reviewed.Id, $"Demo task {t}: update the case plan.", worker.Id, dueOn, false, sessionOn, start.AddDays(1));
            db.Add(item);
            counts.Items++;
            var doneOn = late ? dueOn.AddDays(2) : dueOn.AddDays(-random.Next(1, 5));
            if (late && dueOn.AddDays(1) <= until)
            {
                db.Add(AccountabilityStaffing.Escalate(reviewed.Id, worker.Id, reviewed.UnitId, [item.Id], dueOn, $"demo-staffing-{item.Id:N}", At(dueOn.AddDays(1), 9)));
                counts.Staffings++;
            }
            if (doneOn.AddDays(1) > until) continue;
            db.Add(item.ReportDone(worker.Id, At(doneOn, 11)));
            db.Add(item.Verify(review.ReviewerId, At(doneOn.AddDays(1), 11)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTimeOffset At(DateOnly day, int hour) =>
        LocalDateTime.FromDateTime(day.ToDateTime(new TimeOnly(hour, 0))).InZoneLeniently(_zone).ToDateTimeOffset();

    private DateOnly LocalDate(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(_zone).Date.ToDateOnly();
}
