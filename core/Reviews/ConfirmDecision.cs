using CaseCoach.Core.Application;
using MailAddress = CaseCoach.Core.Mail.EmailAddress;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews;

public sealed record ConfirmDecisionCommand(Person? Actor, string? ReviewKey, bool NotEnoughInformation, bool SafetyConcern, DateTimeOffset Now);

/// <summary>
/// `review.confirmDecision` (R8): the QA supervisor confirms the decision after the debrief. No coaching needed sends
/// the R9 email; coaching needed raises <see cref="CoachingNeeded"/> for the coaching workflow. A decided review only
/// shows its summary again.
/// </summary>
public sealed class ConfirmDecision(ReviewWork work, IMailer mailer, CaseCoachDbContext db)
{
    public static readonly Refusal NotSubmitted = new(RefusalCode.Conflict, "review-not-submitted");

    public async Task<Result<ReviewStep>> HandleAsync(ConfirmDecisionCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForQaSupervisorAsync(command.Actor, command.ReviewKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        var (supervisor, review, _) = found;
        // R25: a calibration or second review is never decided, so it never leads to coaching or emails.
        if (!review.ReachesFrontLine) return ReviewWork.NotYours;
        if (review.Status == ReviewStatus.Decided) return Result<ReviewStep>.Done(new(found, ReviewView.Summary));
        if (review.Status != ReviewStatus.Submitted) return NotSubmitted;

        if (review.Decide(supervisor, command.NotEnoughInformation, command.SafetyConcern, command.Now) == ReviewDecision.NoCoachingNeeded)
            await mailer.SendAsync(new NoCoachingNeededMail(review, supervisor, await CopiesAsync(review, supervisor, cancellationToken)), cancellationToken);
        else
            db.CoachingNeededEvents.Add(CoachingNeeded.For(review));
        return Result<ReviewStep>.Done(new(found, ReviewView.Summary));
    }

    /// <summary>
    /// R9: copied to the caseworker's supervisor, the program administrator(s) of the case's unit (all of them when the
    /// unit has none), the jurisdiction's designated parties and the QA supervisor.
    /// </summary>
    private async Task<List<MailAddress>> CopiesAsync(Review review, Person qaSupervisor, CancellationToken cancellationToken)
    {
        var administrators = await db.People.Where(p => p.Role == Role.ProgramAdministrator).ToListAsync(cancellationToken);
        var ofUnit = administrators.Where(p => p.UnitId == review.Case.UnitId).ToList();
        List<MailAddress> cc = [new(review.Case.Supervisor.Email, review.Case.Supervisor.Name)];
        cc.AddRange((ofUnit.Count > 0 ? ofUnit : administrators).Select(p => new MailAddress(p.Email, p.Name)));
        cc.AddRange(review.Jurisdiction.DesignatedRecipientEmails.Select(e => new MailAddress(e)));
        cc.Add(new MailAddress(qaSupervisor.Email, qaSupervisor.Name));
        return cc;
    }
}
