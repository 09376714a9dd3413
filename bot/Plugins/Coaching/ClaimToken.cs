using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>Names one click: a turn run again after a lost race keeps its claim; another click does not share it.</summary>
internal static class ClaimToken
{
    public static string Of(TurnContext turn) => $"{turn.Activity.ChannelId}:{turn.Activity.Id ?? Guid.NewGuid().ToString("N")}";
}
