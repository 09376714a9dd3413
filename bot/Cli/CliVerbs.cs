using System.CommandLine;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// The command-line verbs (`dotnet run --project bot -- VERB …`). Anything else starts the web host,
/// so host switches such as --urls keep working unchanged.
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate", "import", "case", "package", "doctor", "cards", "playground", "--help", "-h", "-?"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        // The same configuration sources as the host: appsettings, environment, user secrets in Development.
        var configurationSource = WebApplication.CreateBuilder();
        var root = new RootCommand("CaseCoach: case review, coaching and accountability bot for Teams and Outlook. Without a verb, runs the bot.")
        {
            MigrateCommand.Create(configurationSource.Configuration),
            ImportCommand.Create(configurationSource.Configuration),
            PackageCommand.Create(configurationSource.Configuration),
            DoctorCommand.Create(configurationSource.Configuration, configurationSource.Environment.EnvironmentName),
            CardsCommand.Create(),
            CaseCommand.Create(configurationSource.Configuration),
            PlaygroundCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync();
    }
}
