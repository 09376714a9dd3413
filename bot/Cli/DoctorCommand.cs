using System.CommandLine;
using CaseCoach.Bot.Cli.Doctor;
using Microsoft.Extensions.Configuration;

namespace CaseCoach.Bot.Cli;

/// <summary>`doctor`: checks the configuration the host would start with and says what is missing or wrong.</summary>
public static class DoctorCommand
{
    /// <param name="configuration">Built as the host builds it (appsettings.json, appsettings.{Environment}.json, environment variables, command line).</param>
    /// <param name="environmentName">The host's environment, e.g. Production or Development.</param>
    public static Command Create(IConfiguration configuration, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var command = new Command("doctor", "Check the configuration and say what is missing or wrong");
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var findings = DoctorChecks.Run(new DoctorContext(configuration, environmentName));
            output.WriteLine($"CaseCoach configuration for environment {environmentName}:");
            foreach (var finding in findings)
                output.WriteLine($"  {finding.Label,-8} {finding.Key}: {finding.Message}");

            var failed = findings.Count(finding => finding.Failed);
            output.WriteLine(failed == 0
                ? "All checks passed."
                : $"{failed} problem(s) to fix. Set values as environment variables (':' becomes '__'), never secrets in appsettings files.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
