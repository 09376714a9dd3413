using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

public sealed record AgreedActionItem(string Description, long OwnerId, DateOnly DueOn, bool IsSafety);

public sealed record RecordCoachingCommand(
    long CaseId,
    long? ReviewId,
    DateOnly SessionOn,
    IReadOnlyList<long> AttendeeIds,
    string ConcernsSummary,
    IReadOnlyList<string> AnswersChangedToYes,
    IReadOnlyList<AgreedActionItem> Items,
    string Appreciation = "");

/// <summary>
/// R15-R17: documents a coaching session (attendees with titles, concerns, No-to-Yes changes, timeliness) with its
/// action items, sends the checklist card to the caseworker, supervisor and reviewer, and the action-items email.
/// Refusals (an owner outside the case, a due date in the past) throw <see cref="ActionItemRuleException"/> before
/// anything is added. The caller commits.
/// </summary>
public sealed class RecordCoaching(
    CaseCoachDbContext db, ActionItemsContext context, ActionItemWork work, ChecklistCards checklists, ActionItemsEmails emails)
{
    public async Task<Checklist> HandleAsync(RecordCoachingCommand command, Person reviewer, CancellationToken cancellationToken)
    {
        if (reviewer.Role is not (Role.Reviewer or Role.QaSupervisor))
            throw new ActionItemRuleException("Only the quality team (a reviewer or QA supervisor) documents coaching sessions.");
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new ActionItemRuleException("That case no longer exists.");
        if (command.Items.FirstOrDefault(i => i.OwnerId != @case.CaseworkerId && i.OwnerId != @case.SupervisorId) is { } outsider)
            throw new ActionItemRuleException(
                $"The owner of \"{outsider.Description}\" is not the caseworker or supervisor on this case; pick one of them.");

        var review = await RequireReviewAsync(command, cancellationToken);

        var clock = await context.ClockAsync(cancellationToken);
        var attendees = await db.People.Where(p => command.AttendeeIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Title }).ToListAsync(cancellationToken);
        var record = CoachingRecord.Document(
            @case.Id, command.ReviewId, reviewer.Id, command.SessionOn,
            attendees.Select(a => new CoachingAttendee(a.Id, a.Name, a.Title)), command.ConcernsSummary, command.AnswersChangedToYes,
            clock.Today, clock.AddBusinessDays(command.SessionOn, 2), clock.Now);
        var items = command.Items
            .Select(i => ActionItem.Agree(record.Id, @case.Id, i.Description, i.OwnerId, i.DueOn, i.IsSafety, clock.Today, clock.Now))
            .ToList();

        foreach (var questionId in command.AnswersChangedToYes)
            review?.ResolveNoDuringCoaching(questionId.Trim(), command.SessionOn);
        db.Add(record);
        db.AddRange(items);
        db.Add(record.RecordedEvent(reviewer.Id));
        var checklist = await work.WithPeopleAsync(record, @case, items, cancellationToken);
        await checklists.PublishAsync(checklist, clock.Now, cancellationToken);
        if (items.Count > 0)
            db.Add(await emails.ActionItemsAsync(checklist, command.Appreciation, cancellationToken));
        return checklist;
    }

    /// <summary>
    /// A session follows a completed review of the same case, and R15's No-to-Yes changes name questions that review
    /// answered No. Returns the review (tracked, so the changed answers commit with the record), or null when none is linked.
    /// </summary>
    private async Task<Review?> RequireReviewAsync(RecordCoachingCommand command, CancellationToken cancellationToken)
    {
        if (command.ReviewId is not { } reviewId)
            return null;
        var review = await db.Reviews.Include(r => r.Answers).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null || review.CaseId != command.CaseId || review.CompletedAt is null)
            throw new ActionItemRuleException("Coaching follows a completed review of this case; that review is not one.");
        if (command.AnswersChangedToYes.FirstOrDefault(q => review.AnswerTo(q.Trim())?.Value != Answer.No) is { } notNo)
            throw new ActionItemRuleException($"Question {notNo} was not answered No in the review, so there is nothing to change to Yes (R15).");
        return review;
    }
}
