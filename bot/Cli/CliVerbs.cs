using System.CommandLine;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// The command-line verbs (`dotnet run --project bot -- VERB …`). Anything else starts the web host,
/// so host switches such as --urls keep working unchanged.
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("CaseCoach: case review, coaching and accountability bot for Teams and Outlook.");
        root.Subcommands.Add(MigrateCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
