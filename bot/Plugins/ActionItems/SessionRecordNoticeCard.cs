using System.Text.Json;
using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>R16: the <see cref="SessionRecordNotice"/> is the coaching-record form for that session, filled in for its reader.</summary>
public sealed class SessionRecordNoticeCard(CoachingRecordForm form) : INoticeCard<SessionRecordNotice>
{
    public JsonElement Render(SessionRecordNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return form.ForSession(notice.ToDocument, notice.Recipient);
    }
}
