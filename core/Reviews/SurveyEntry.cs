namespace CaseCoach.Core.Reviews;

/// <summary>What the reviewer typed into the survey card, already read from the card's inputs.</summary>
/// <param name="Answers">By question id; an unreadable value is kept as its raw text so it can be shown back.</param>
public sealed record SurveyEntry(IReadOnlyDictionary<string, EnteredAnswer> Answers, string Strengths, string Opportunities)
{
    public EnteredAnswer For(string questionId) => Answers.GetValueOrDefault(questionId) ?? EnteredAnswer.Blank;
}

/// <param name="Raw">The value as sent ("yes", "no", "na" or anything a forged request holds).</param>
public sealed record EnteredAnswer(string Raw, string Comment)
{
    public static readonly EnteredAnswer Blank = new("", "");

    public bool IsReadable(out Answer? answer) => AnswerCodes.TryParse(Raw, out answer);
}
