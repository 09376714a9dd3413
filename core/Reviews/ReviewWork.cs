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

    /// <summary>
    /// The review with its answers, reviewer, jurisdiction, case, caseworker, supervisor and children, read as simple
    /// statements by key, each fixed up onto the review by EF's tracking. One statement joining the six tables (the
    /// split query's, repeated for answers and children) cost SQLite about 200 µs to prepare each time, since
    /// Microsoft.Data.Sqlite keeps no prepared statements: most of a draft save's time (issue 14).
    /// </summary>
    private async Task<Review?> LoadAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > Review.KeyLength) return null;
        var review = await db.Reviews.Include(r => r.Answers).AsSplitQuery().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (review is null) return null;
        var @case = await db.Cases.Include(c => c.Children).AsSplitQuery().SingleAsync(c => c.Id == review.CaseId, cancellationToken);
        var (reviewer, caseworker, supervisor) = (review.ReviewerId, @case.CaseworkerId, @case.SupervisorId);
        await db.People.Where(p => p.Id == reviewer || p.Id == caseworker || p.Id == supervisor).LoadAsync(cancellationToken);
        await db.Jurisdictions.Where(j => j.Id == review.JurisdictionId).LoadAsync(cancellationToken);
        return review;
    }
}
