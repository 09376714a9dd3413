using CaseCoach.Cards.Text;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Cards.Coaching;

/// <summary>Port <see cref="ICoachingWording"/>: calendar titles and bodies from cards/text (titles name the case number only).</summary>
public sealed class CoachingWording(ITextRenderer texts) : ICoachingWording
{
    public string SessionTitle(Review review) => texts.Render(new CoachingInvitationSubject(review.Case.ExternalCaseId));

    public string SessionBody(Review review) => texts.Render(new CoachingSessionBody(review.Case.ExternalCaseId, review.Case.Name));

    public string HoldTitle(Review review) => texts.Render(new CoachingHoldTitle(review.Case.ExternalCaseId));

    public string HoldBody(Review review) => texts.Render(new CoachingHoldEventBody(review.Case.ExternalCaseId, review.Case.Name));

    public string HoldReleasedComment(bool notNeeded) => texts.Render(new CoachingHoldReleasedComment(notNeeded));
}
