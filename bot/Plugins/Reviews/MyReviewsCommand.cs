using CaseCoach.Bot.Turns;
using CaseCoach.Cards.Review;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`my reviews`: the acting reviewer's open reviews, highest risk score first (R1), each with a Start button.</summary>
public sealed class MyReviewsCommand(
    ReviewAccess access, ReviewCards cards, CaseCoachDbContext db, InstrumentCatalog instruments, TimeProvider time) : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await access.FindActorAsync(turn, cancellationToken) is not { } actor)
        {
            turn.SendText("I don't have you on my list of people yet, so there are no reviews to show. Ask your administrator to add you.");
            return;
        }

        var open = await db.Reviews
            .Where(r => r.ReviewerId == actor.Id && (r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress))
            .Select(r => new { r.Key, r.DueOn, r.Status, r.InstrumentKey, CaseName = r.Case.Name, CaseNumber = r.Case.ExternalCaseId, r.Case.Score, r.Jurisdiction.TimeZone })
            .ToListAsync(cancellationToken);

        var items = ReviewScheduler.ByPriority(open, r => r.Score, r => r.DueOn)
            .Select(r => new ReviewListItem(r.Key, r.CaseName, r.CaseNumber, instruments.Find(r.InstrumentKey)?.Name ?? r.InstrumentKey,
                ReviewCards.DueAt(r.DueOn), Today(r.TimeZone) > r.DueOn, r.Status == ReviewStatus.InProgress))
            .ToList();
        turn.SendCard(cards.MyReviews(items));
    }

    /// <summary>"Overdue" is judged by the calendar of the jurisdiction the case is reviewed in.</summary>
    private DateOnly Today(string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        return Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(zone).Date.ToDateOnly();
    }
}
