using CaseCoach.Bot.Cli.Package;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>
/// Teams:AppId and Teams:BotDomain feed the `package` verb only, so absence is fine (the flags can give
/// them), but a value that is set must be one Teams accepts.
/// </summary>
public sealed class TeamsPackageCheck : IDoctorCheck
{
    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        yield return Check(context, TeamsAppValues.AppIdKey, "--app-id", value => TeamsAppRules.CheckGuid("the Teams app id", value));
        yield return Check(context, TeamsAppValues.BotDomainKey, "--domain", value => TeamsAppRules.CheckDomain("the bot domain", value));
    }

    private static DoctorFinding Check(DoctorContext context, string key, string flag, Func<string, string?> rule) =>
        context.Value(key) is not { } value ? DoctorFinding.Ok(key, $"not set: give `package` the {flag} flag")
        : rule(value) is { } problem ? DoctorFinding.Wrong(key, problem)
        : DoctorFinding.Ok(key, value);
}
