using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

public sealed record CancelCoachingHoldCommand(long HoldId, DateTimeOffset Now);

/// <summary>
/// R10: releases the tentative hold when the review needs no coaching or the real session is booked. A calendar
/// that cannot answer is refused <c>Unavailable</c> (tried on the next run); a hold already released is AlreadyDone.
/// </summary>
public sealed class CancelCoachingHold(ICalendarProvider calendar, ICoachingWording wording, IMailer mailer, CaseCoachDbContext db)
{
    public static readonly Refusal AlreadyReleased = new(RefusalCode.AlreadyDone, "coaching-hold-released");

    public async Task<Result<CoachingHold>> HandleAsync(CancelCoachingHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = await db.Set<CoachingHold>().SingleOrDefaultAsync(h => h.Id == command.HoldId, cancellationToken);
        var review = hold is null ? null : await CoachingHoldWork.LoadReviewAsync(db, hold.ReviewId, cancellationToken);
        if (hold is null || review is null || !hold.IsActive) return AlreadyReleased;
        var notNeeded = review.Decision == ReviewDecision.NoCoachingNeeded;
        if (await calendar.CancelEventAsync(hold.EventId, wording.HoldReleasedComment(notNeeded), cancellationToken)
            is not CalendarResult<CalendarEvent>.Done { Value: var cancelled })
            return CoachingWork.CalendarDown;

        hold.Cancel(command.Now);
        review.CoachingHoldCancelled(notNeeded);
        if (cancelled.InvitationIcs is { } ics)
            await mailer.SendAsync(new CoachingHoldReleasedMail(review, notNeeded, CoachingHoldWork.People(review), ics), cancellationToken);
        return Result<CoachingHold>.Done(hold);
    }
}
