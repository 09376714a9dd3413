using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>R10: <see cref="ReviewStartedMail"/> as the notification email's model.</summary>
public sealed class ReviewStartedComposer : MailComposer<ReviewStartedMail, ReviewStartedEmail>
{
    protected override ReviewStartedEmail Compose(ReviewStartedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var (review, instrument) = (mail.Review, mail.Instrument);
        return new ReviewStartedEmail(Phrasing.FirstName(review.Case.Caseworker.Name), Phrasing.FirstName(review.Case.Supervisor.Name),
            review.Case.Name, review.Case.ExternalCaseId, instrument.Name, Phrasing.Day(review.DueOn), [], review.Reviewer.Name,
            review.CoachingHoldRequested);
    }
}
