using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace CaseCoach.Tests.Manifest;

/// <summary>Runs a CLI verb in-process, as the bot's root command would, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(Command verb, params string[] args)
    {
        var root = new RootCommand("CaseCoach") { verb };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)))
            .Build();
}
