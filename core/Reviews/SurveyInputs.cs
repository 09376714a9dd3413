using CaseCoach.Core.Instruments;

namespace CaseCoach.Core.Reviews;

/// <summary>
/// The survey card's inputs by name (answer-{id}, comment-{id}, strengths, opportunities), as the adapter read them.
/// Only the instrument's own questions are read, so extra inputs in forged data are ignored.
/// </summary>
public sealed record SurveyInputs(IReadOnlyDictionary<string, string> Values)
{
    public SurveyEntry For(Instrument instrument)
    {
        var answers = instrument.Questions.ToDictionary(q => q.Id,
            q => new EnteredAnswer(Text($"answer-{q.Id}"), Text($"comment-{q.Id}")), StringComparer.Ordinal);
        return new SurveyEntry(answers, Text("strengths"), Text("opportunities"));
    }

    /// <summary>A missing input reads as empty: the rules then say what is missing.</summary>
    private string Text(string name) => Values.GetValueOrDefault(name) ?? "";
}
