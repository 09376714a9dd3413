using System.Text.Json;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>Reads the survey card's inputs (answer-{id}, comment-{id}, strengths, opportunities) for an instrument's questions.</summary>
public static class SurveyEntryReader
{
    public static SurveyEntry Read(CardActionTurn turn, Instrument instrument)
    {
        var answers = new Dictionary<string, EnteredAnswer>(StringComparer.Ordinal);
        foreach (var question in instrument.Questions)
            answers[question.Id] = new EnteredAnswer(Text(turn, $"answer-{question.Id}"), Text(turn, $"comment-{question.Id}"));
        return new SurveyEntry(answers, Text(turn, "strengths"), Text(turn, "opportunities"));
    }

    /// <summary>A missing or non-string input reads as empty: the rules then say what is missing.</summary>
    private static string Text(CardActionTurn turn, string name) => turn.DataString(name) ?? "";

    public static bool Flag(CardActionTurn turn, string name) =>
        turn.Data.ValueKind == JsonValueKind.Object && turn.Data.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
}
