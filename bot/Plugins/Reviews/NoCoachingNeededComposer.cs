using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>R9: <see cref="NoCoachingNeededMail"/> as the congratulations email's model.</summary>
public sealed class NoCoachingNeededComposer : MailComposer<NoCoachingNeededMail, NoCoachingNeededEmail>
{
    protected override NoCoachingNeededEmail Compose(NoCoachingNeededMail mail)
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
