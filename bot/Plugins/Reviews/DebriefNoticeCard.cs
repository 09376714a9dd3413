using System.Text.Json;
using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>R7: the <see cref="DebriefReady"/> notice shows the QA supervisor the debrief card.</summary>
public sealed class DebriefNoticeCard(ReviewCards cards) : INoticeCard<DebriefReady>
{
    public JsonElement Render(DebriefReady notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return cards.Debrief(notice.Review, notice.Instrument);
    }
}
