using CaseCoach.Cards;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// Scheduling the coaching session (R10-R14): the sweep that turns a coaching-needed decision into a request with
/// times, the card verbs that pick, widen or propose a time or mark the caseworker's times, and the sweep that places and cancels R10 holds,
/// and the sweep that asks the quality team to document a session once it has ended (R16).
/// </summary>
public sealed class CoachingPlugin : IBotPlugin
{
    public string Name => "coaching";

    public void Register(PluginRegistration registration) => registration
        .Verb<BookSessionAction>(CardVerbs.CoachingPick)
        .Verb<RequestViewAction>(CardVerbs.CoachingNoneWork)
        .Verb<BookSessionAction>(CardVerbs.CoachingProposeTime)
        .Verb<RequestViewAction>(CardVerbs.CoachingMarkTimes)
        .Verb<RequestViewAction>(CardVerbs.CoachingRefresh, readOnly: true)
        .Sweep<CoachingRequestSweep>()
        .Sweep<CoachingHoldSweep>()
        .Sweep<SessionRecordSweep>();
}
