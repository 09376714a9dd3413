using System.Text;
using CaseCoach.Core.Application;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Reviews;
using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>R14: the request email to the caseworker and supervisor, copied to the quality team, with the poll card.</summary>
public sealed record CoachingRequestMail(CoachingView View, IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc)
    : Email(new Cause("coaching-request", View.Request.Key), To, Cc)
{
    public override EmailAddress? ReplyTo => new(View.Who.Reviewer.Email, View.Who.Reviewer.Name);
}

/// <summary>
/// An iCalendar REQUEST or CANCEL as an attachment, sent when the calendar sends no invitation itself (the local
/// calendar). The method is read from the iCalendar text so the mail client shows the right buttons.
/// </summary>
public abstract record CalendarMail(Cause Cause, IReadOnlyList<EmailAddress> To, string Ics) : Email(Cause, To, [])
{
    /// <summary>The session is the reviewer's: replies about it reach them (null if the review came without its reviewer).</summary>
    protected abstract Review? AboutReview { get; }

    public override EmailAddress? ReplyTo => AboutReview?.Reviewer is { } reviewer ? new(reviewer.Email, reviewer.Name) : null;

    public bool IsCancel => Ics.Contains("METHOD:CANCEL", StringComparison.Ordinal);

    public override IReadOnlyList<EmailAttachment> Attachments =>
        [new("invite.ics", $"text/calendar; method={(IsCancel ? "CANCEL" : "REQUEST")}; charset=utf-8", Encoding.UTF8.GetBytes(Ics))];
}

/// <summary>The booked session's invitation (R14) for every attendee.</summary>
public sealed record CoachingInvitationMail(CoachingRequest Request, Review Review, DateTimeOffset Start, DateTimeZone Zone, IReadOnlyList<EmailAddress> To, string Ics)
    : CalendarMail(new Cause("coaching-invitation", Request.Key), To, Ics)
{
    protected override Review? AboutReview => Review;
}

/// <summary>R10: the tentative hold's invitation.</summary>
public sealed record CoachingHoldMail(Review Review, DateTimeOffset Start, DateTimeZone Zone, IReadOnlyList<EmailAddress> To, string Ics)
    : CalendarMail(new Cause("coaching-hold", Review.Key), To, Ics)
{
    protected override Review? AboutReview => Review;
}

/// <summary>R10: the hold is released, because no coaching is needed or the session is booked.</summary>
public sealed record CoachingHoldReleasedMail(Review Review, bool NotNeeded, IReadOnlyList<EmailAddress> To, string Ics)
    : CalendarMail(new Cause("coaching-hold-cancelled", Review.Key), To, Ics)
{
    protected override Review? AboutReview => Review;
}
