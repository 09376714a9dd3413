namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>Every check, in the order an administrator sets things up (see manifest/README.md).</summary>
public static class DoctorChecks
{
    public static IReadOnlyList<IDoctorCheck> All { get; } =
    [
        new BotIdentityCheck(),
        new BotAuthCheck(),
        new SecretPlacementCheck(),
        new DatabaseCheck(),
        new JurisdictionsCheck(),
        new MailCheck(),
        new GraphCheck(),
        new OutlookCheck(),
        new TeamsPackageCheck(),
    ];

    /// <summary>All findings; a key that already failed is not reported twice by a later check.</summary>
    public static IReadOnlyList<DoctorFinding> Run(DoctorContext context)
    {
        var failedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. All.SelectMany(check => check.Run(context)).Where(finding => !finding.Failed || failedKeys.Add(finding.Key))];
    }
}
