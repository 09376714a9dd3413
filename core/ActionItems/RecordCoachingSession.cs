using CaseCoach.Core.Reviews;
using CaseCoach.Core.Application;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

public sealed record AgreedActionItem(string Description, long OwnerId, DateOnly DueOn, bool IsSafety);

public sealed record RecordCoachingSessionCommand(
    Person? Actor, long CaseId, long? ReviewId, DateOnly SessionOn, IReadOnlyList<long> AttendeeIds, string ConcernsSummary,
    IReadOnlyList<string> AnswersChangedToYes, IReadOnlyList<AgreedActionItem> Items, string Appreciation, DateTimeOffset Now,
    long? SessionId = null);

/// <summary>
/// `actionItems.recordCoaching` (R15-R17): documents a session (attendees with titles, concerns, No-to-Yes changes,
/// timeliness) with its action items, tied to its review and, when the bot booked it, to its session (a session held
/// outside the bot is tied to the case's latest completed review; a case never reviewed has nothing to document). It
/// sends the checklist to the caseworker, supervisor and reviewer, and the action-items email. Every rule is checked (<see cref="CoachingSessionRules"/>) before anything is added. The caller commits.
/// </summary>
public sealed class RecordCoachingSession(
    CaseCoachDbContext db, ActionItemWork work, ActionItemCalendar calendar, SessionsToDocument sessions, INotifier notifier, IMailer mailer)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(RecordCoachingSessionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Actor is not { Role: Role.Reviewer or Role.QaSupervisor } author) return CoachingSessionRules.QualityTeamOnly;
        if (await db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken) is not { } @case) return CoachingSessionRules.CaseGone;
        var clock = await calendar.ClockAsync(command.Now, cancellationToken);
        var reviewId = command.ReviewId;
        if (command.SessionId is { } sessionId)
        {
            var session = await sessions.OneAsync(sessionId, author, command.Now, cancellationToken);
            if (session is null || session.Who.Review.CaseId != @case.Id || (reviewId is { } named && named != session.Session.ReviewId))
                return CoachingSessionRules.SessionGone;
            reviewId = session.Session.ReviewId;
        }
        // R15: a session held outside the bot follows the case's latest completed review.
        reviewId ??= await db.Reviews.Where(r => r.CaseId == @case.Id && r.CompletedAt != null && r.Purpose == ReviewPurpose.Regular)
            .OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (reviewId is null) return CoachingSessionRules.NeverReviewed;
        var review = await db.Reviews.Include(r => r.Answers).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (CoachingSessionRules.Check(command, @case, review, clock.Today) is { } refused) return refused;

        var attendees = await db.People.Where(p => command.AttendeeIds.Contains(p.Id))
            .Select(p => new CoachingAttendee(p.Id, p.Name, p.Title)).ToListAsync(cancellationToken);
        CoachingRecord record;
        List<ActionItem> items;
        try
        {
            record = CoachingRecord.Document(@case.Id, reviewId, author.Id, command.SessionOn, attendees, command.ConcernsSummary,
                command.AnswersChangedToYes, clock.Today, clock.AddBusinessDays(command.SessionOn, 2), clock.Now, command.SessionId);
            items = command.Items.Select(i => ActionItem.Agree(record.Id, @case.Id, i.Description, i.OwnerId, i.DueOn, i.IsSafety, clock.Today, clock.Now)).ToList();
        }
        catch (ActionItemRuleException rule) { return new Refusal(RefusalCode.Invalid, rule.Reason); }

        foreach (var questionId in command.AnswersChangedToYes)
            review?.ResolveNoDuringCoaching(questionId.Trim(), command.SessionOn);
        db.Add(record);
        db.AddRange(items);
        db.Add(record.RecordedEvent(author.Id));
        var checklist = await work.WithPeopleAsync(record, @case, items, cancellationToken);
        foreach (var viewer in checklist.Viewers)
            await notifier.NotifyAsync(new ChecklistCopy(viewer, checklist, clock) { ItemsEmailed = items.Count > 0 }, cancellationToken);
        if (items.Count > 0)
        {
            // R17: to the caseworker, copying the supervisor, the reviewer (who verifies the items) and the designated parties.
            var designated = (await calendar.JurisdictionAsync(cancellationToken))?.DesignatedRecipientEmails ?? [];
            await mailer.SendAsync(new ActionItemsMail(checklist, command.Appreciation, clock, Recipients.Of([checklist.Caseworker]),
                [.. Recipients.Of([checklist.Supervisor, checklist.Reviewer]), .. Recipients.Of(designated)]), cancellationToken);
            db.Add(record.MarkActionItemsEmailed(clock.Now));
        }
        return Result<ChecklistCopy>.Done(new(author, checklist, clock));
    }
}
