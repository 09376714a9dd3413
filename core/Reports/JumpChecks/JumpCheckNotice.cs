using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reports.JumpChecks;

/// <summary>
/// R26: to the senior reviewer, a jump flag's secondary review is theirs: which question (its number and text) or unit
/// jumped, by how much, and how many of the month's reviews they second-review by <see cref="DueOn"/>. The words are
/// the bot's (cards/text/jump-check-assigned.liquid); never sent to the front line.
/// </summary>
public sealed record JumpCheckNotice(Person Recipient, Cause Cause, JumpFlag Flag, string Subject, int Reviews, DateOnly DueOn) : Notice(Recipient, Cause)
{
    public const string CauseName = "jump-check";

    public override string EmailTwin => CauseName;

    public static Cause CauseOf(JumpCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new Cause(CauseName, check.Key);
    }
}
