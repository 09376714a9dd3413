using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

/// <param name="WorkingSlotIds">The offered times that work for the caseworker, as the card's multi-select sends them: slot ids separated by commas (empty: none of them).</param>
public sealed record MarkCoachingTimesCommand(Person? Actor, string? RequestKey, string? WorkingSlotIds, DateTimeOffset Now);

/// <summary>
/// `coaching.markTimes` (R13: the caseworker's availability comes first): the caseworker says which offered times work
/// for them, one answer per offered time, changeable until the session is booked. The supervisor's card shows the
/// marks. A card whose times were replaced is answered with the current times and nothing saved; after the booking
/// the marks are refused with a clear message. Only the case's caseworker marks; anyone not invited is refused.
/// </summary>
public sealed class MarkCoachingTimes(CoachingWork work, ShowCoachingRequest show, CoachingPollCopies polls, CaseCoachDbContext db)
{
    public static readonly Refusal CaseworkerOnly = new(RefusalCode.NotAllowed, "coaching-marks-caseworker-only");
    public static readonly Refusal AlreadyBooked = new(RefusalCode.Conflict, "coaching-marks-booked");
    public static readonly Refusal TooLong = new(RefusalCode.Invalid, "coaching-marks-too-long");

    /// <summary>Bounds the input: a handful of short slot ids and their commas.</summary>
    public const int MaxInputLength = 400;

    public async Task<Result<CoachingView>> HandleAsync(MarkCoachingTimesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inHand = await work.ForAttendeeAsync(command.Actor, command.RequestKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        var (actor, request, who) = found;
        if (who.ViewerOf(actor) != CoachingViewer.Caseworker) return CaseworkerOnly;
        if (!request.IsOpen) return AlreadyBooked;
        if (command.WorkingSlotIds is { Length: > MaxInputLength }) return TooLong;

        var working = (command.WorkingSlotIds ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var offered = request.Slots;
        if (!working.IsSubsetOf(offered.Select(s => s.Id)))
            return Result<CoachingView>.Done(await show.AsItStandsAsync(found, command.Now, CoachingNote.TimesChanged, cancellationToken));

        var stored = await db.Set<CoachingSlotMark>().Where(m => m.CoachingRequestId == request.Id).ToListAsync(cancellationToken);
        foreach (var slot in offered)
        {
            var works = working.Contains(slot.Id);
            if (stored.FirstOrDefault(m => m.SlotId == slot.Id) is { } mark) mark.Change(works, command.Now);
            else db.Set<CoachingSlotMark>().Add(CoachingSlotMark.For(request.Id, slot.Id, works, command.Now));
        }

        var marks = offered.ToDictionary(s => s.Id, s => working.Contains(s.Id), StringComparer.Ordinal);
        var view = new CoachingView(request, who) { Marks = marks };
        await polls.UpdateAsync(view, cancellationToken);
        return Result<CoachingView>.Done(view with { Viewer = actor, Note = CoachingNote.MarksSaved });
    }
}
