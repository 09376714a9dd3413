using System.Text.Json;
using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>R14: the <see cref="CoachingPollNotice"/> shows the coaching-poll card, first sent and every update in place.</summary>
public sealed class CoachingPollNoticeCard(CoachingCards cards) : INoticeCard<CoachingPollNotice>
{
    public JsonElement Render(CoachingPollNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return cards.Poll(notice.View);
    }
}
