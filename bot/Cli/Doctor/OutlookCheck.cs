using CaseCoach.Bot.Cli.Package;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>
/// Outlook:ActionableMessageOriginator, the provider id from the Actionable Email Developer Dashboard.
/// Without it Outlook shows emailed cards as plain mail, so it is optional, but a set value must be a GUID.
/// </summary>
public sealed class OutlookCheck : IDoctorCheck
{
    public const string Originator = "Outlook:ActionableMessageOriginator";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var originator = context.Value(Originator);
        if (originator is null)
            yield return DoctorFinding.Ok(Originator, "not set: Outlook will not render actionable cards in emails (register a provider in the Actionable Email Developer Dashboard)");
        else if (!TeamsAppRules.IsGuid(originator))
            yield return DoctorFinding.Wrong(Originator, $"'{originator}' is not a GUID: copy the Provider Id (originator) from the Actionable Email Developer Dashboard");
        else
            yield return DoctorFinding.Ok(Originator, originator);
    }
}
