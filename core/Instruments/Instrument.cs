namespace CaseCoach.Core.Instruments;

/// <summary>R4: a review instrument, read from data. <see cref="Model"/> picks the R2 stop rules.</summary>
public sealed record Instrument(string Key, string Name, InstrumentModel Model, IReadOnlyList<InstrumentQuestion> Questions)
{
    public InstrumentQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);
}

/// <param name="Number">1-based position, as the reviewer reads it.</param>
public sealed record InstrumentQuestion(string Id, int Number, string Text, IReadOnlyList<string> Considerations, bool AllowsNotApplicable);

/// <summary>R2: the safety model also stops reviewing on removal and when the youngest child turns 3.</summary>
public enum InstrumentModel
{
    Permanency,
    Safety,
}
