using CaseCoach.Core.Application;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews;

/// <summary>A review the acting person may work on, with its instrument.</summary>
public sealed record ReviewInHand(Person Actor, Review Review, Instrument Instrument);

/// <summary>
/// Who may work on which review. The actor comes from the turn (aadObjectId), the review key from card data, so the
/// key is re-authorised here. Refusals change nothing and never say whether a review exists.
/// </summary>
public sealed class ReviewWork(CaseCoachDbContext db, InstrumentCatalog instruments)
{
    public static readonly Refusal NotSetUp = new(RefusalCode.NotAllowed, "not-set-up");
    public static readonly Refusal NotYours = new(RefusalCode.NotFound, "review-not-yours");
    public static readonly Refusal SupervisorsOnly = new(RefusalCode.NotAllowed, "review-supervisors-only");
    public static readonly Refusal InstrumentGone = new(RefusalCode.Unavailable, "review-instrument-gone");

    /// <summary>Only the assigned reviewer may start, save or submit.</summary>
    public async Task<Result<ReviewInHand>> ForReviewerAsync(Person? actor, string? reviewKey, CancellationToken cancellationToken)
    {
        if (actor is null) return NotSetUp;
        var review = await LoadAsync(reviewKey, cancellationToken);
        return review is null || !review.IsAssignedTo(actor) ? NotYours : WithInstrument(actor, review);
    }

    /// <summary>Only a quality review supervisor may confirm the decision (R8).</summary>
    public async Task<Result<ReviewInHand>> ForQaSupervisorAsync(Person? actor, string? reviewKey, CancellationToken cancellationToken)
    {
        if (actor is null) return NotSetUp;
        if (actor.Role != Role.QaSupervisor) return SupervisorsOnly;
        return await LoadAsync(reviewKey, cancellationToken) is { } review ? WithInstrument(actor, review) : NotYours;
    }

    private Result<ReviewInHand> WithInstrument(Person actor, Review review) =>
        instruments.Find(review.InstrumentKey) is { } instrument ? Result<ReviewInHand>.Done(new(actor, review, instrument)) : InstrumentGone;

    private Task<Review?> LoadAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > Review.KeyLength) return Task.FromResult<Review?>(null);
        return db.Reviews
            .Include(r => r.Answers)
            .Include(r => r.Reviewer)
            .Include(r => r.Jurisdiction)
            .Include(r => r.Case).ThenInclude(c => c.Caseworker)
            .Include(r => r.Case).ThenInclude(c => c.Supervisor)
            .Include(r => r.Case).ThenInclude(c => c.Children)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
    }
}
