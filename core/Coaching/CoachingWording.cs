using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// Port: the words of the calendar events coaching books (templates in cards/text). Titles name the case number
/// only: they show in notifications, on lock screens and in mail gateway logs. Bodies are HTML.
/// </summary>
public interface ICoachingWording
{
    string SessionTitle(Review review);
    string SessionBody(Review review);
    string HoldTitle(Review review);
    string HoldBody(Review review);
    string HoldReleasedComment(bool notNeeded);
}
