using CaseCoach.Bot.Turns;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`my reviews`: the acting reviewer's open reviews, highest risk score first (R1), with why each is listed and a Start button.</summary>
public sealed class MyReviewsCommand(ReviewAccess access, ReviewCards cards, ReviewListItems items, CaseCoachDbContext db) : IChatCommandHandler
{
    /// <summary>Bounded: intake never gives anyone more than the capacity, but a reassignment may.</summary>
    private const int MaxListed = 50;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await access.FindActorAsync(turn, cancellationToken) is not { } actor)
        {
            turn.SendText("I don't have you on my list of people yet, so there are no reviews to show. Ask your administrator to add you.");
            return;
        }

        var open = await db.Reviews.AsNoTracking()
            .Include(r => r.Case).ThenInclude(c => c.Children).Include(r => r.Jurisdiction)
            .Where(r => r.ReviewerId == actor.Id && (r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress))
            .ToListAsync(cancellationToken);

        var listed = ReviewScheduler.ByPriority(open, r => r.Case.Score, r => r.DueOn).Take(MaxListed).Select(items.For).ToList();
        turn.SendCard(cards.MyReviews(listed));
    }
}
