namespace CaseCoach.Cards.Text;

/// <summary>
/// The model of every refusal text (cards/text/refusal-REASON.liquid), where REASON is the use case's refusal reason.
/// <paramref name="Field"/> names the input at fault, when there is one.
/// </summary>
public sealed record RefusalText(string? Field)
{
    public static string TemplateFor(string reason) => "refusal-" + reason;
}
