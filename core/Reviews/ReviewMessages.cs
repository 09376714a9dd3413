using CaseCoach.Core.Application;
using CaseCoach.Core.Instruments;
using MailAddress = CaseCoach.Core.Mail.EmailAddress;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reviews;

/// <summary>R7: the submitted review, for the QA supervisor who debriefs it.</summary>
public sealed record DebriefReady(Person Recipient, Review Review, Instrument Instrument)
    : Notice(Recipient, new Cause("review-debrief", Review.Key));

/// <summary>R10: the case is under review; to the caseworker and supervisor, copied to the reviewer.</summary>
public sealed record ReviewStartedMail(Review Review, Instrument Instrument)
    : Email(new Cause("review-started", Review.Key), [ReviewMail.To(Review.Case.Caseworker), ReviewMail.To(Review.Case.Supervisor)],
        [ReviewMail.To(Review.Reviewer)])
{
    /// <summary>Questions about the review go to its reviewer.</summary>
    public override MailAddress? ReplyTo => ReviewMail.To(Review.Reviewer);
}

/// <summary>R9: congratulations to the caseworker; the copies are chosen by <see cref="ConfirmDecision"/>.</summary>
public sealed record NoCoachingNeededMail(Review Review, Person QaSupervisor, IReadOnlyList<MailAddress> Copies)
    : Email(new Cause("no-coaching-needed", Review.Key), [ReviewMail.To(Review.Case.Caseworker)], Copies)
{
    /// <summary>The QA supervisor made the decision, so replies reach her.</summary>
    public override MailAddress? ReplyTo => ReviewMail.To(QaSupervisor);
}

internal static class ReviewMail
{
    public static MailAddress To(Person person) => new(person.Email, person.Name);
}
