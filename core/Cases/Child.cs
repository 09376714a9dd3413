namespace CaseCoach.Core.Cases;

/// <summary>A child on a case; only the birth date is kept, because R2's safety-model stop rule needs the age.</summary>
public sealed class Child
{
    private Child() { }

    internal Child(DateOnly birthDate) => BirthDate = birthDate;

    public long Id { get; private set; }
    public long CaseId { get; private set; }
    public DateOnly BirthDate { get; private set; }
}
