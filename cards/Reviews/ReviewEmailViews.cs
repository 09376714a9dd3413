using CaseCoach.Core.Reviews;

namespace CaseCoach.Cards.Reviews;

/// <summary>The review email intents from core as their template models (cards/email).</summary>
public static class ReviewEmailViews
{
    /// <summary>R10: the case team hears that the review started.</summary>
    public static ReviewStartedEmail Of(ReviewStartedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var (review, instrument) = (mail.Review, mail.Instrument);
        return new ReviewStartedEmail(Phrasing.FirstName(review.Case.Caseworker.Name), Phrasing.FirstName(review.Case.Supervisor.Name),
            review.Case.Name, review.Case.ExternalCaseId, instrument.Name, Phrasing.Day(review.DueOn), [], review.Reviewer.Name,
            review.CoachingHoldRequested);
    }

    /// <summary>R9: the congratulations, with the survey's strengths and opportunities as lists.</summary>
    public static NoCoachingNeededEmail Of(NoCoachingNeededMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var review = mail.Review;
        return new NoCoachingNeededEmail(Phrasing.FirstName(review.Case.Caseworker.Name), review.Case.Name, review.Case.ExternalCaseId,
            Items(review.Strengths), Items(review.Opportunities), mail.QaSupervisor.Name);
    }

    /// <summary>The survey's summaries are free text: each line (bullets stripped) becomes one item of the email's list.</summary>
    private static List<string> Items(string text) =>
        text.Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0).ToList();
}
