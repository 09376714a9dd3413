using System.CommandLine;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// The command-line verbs (`dotnet run --project bot -- VERB …`). Switches start the web host, so host
/// switches such as --urls keep working unchanged; an unknown verb is refused.
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate", "import", "case", "reviews", "package", "doctor", "cards", "playground", "demo", "outbox", "calibration", "--help", "-h", "-?"];

    /// <summary>
    /// A known verb, or a bare word that would be one if it were spelt right. Host switches (--urls …)
    /// and configuration switches (Key=Value, /Key=Value) are not verbs and start the bot.
    /// </summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0], StringComparer.Ordinal) || LooksLikeVerb(args[0]));

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Verbs.Contains(args[0], StringComparer.Ordinal))
        {
            // Starting the bot on a mistyped verb would look like the verb ran.
            Console.Error.WriteLine(
                $"Unknown command '{args[0]}'. Commands: {string.Join(", ", Verbs.Where(v => !v.StartsWith('-')))}; --help for more; no command runs the bot.");
            return 2;
        }

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
            ReviewsCommand.Create(configurationSource.Configuration),
            PlaygroundCommand.Create(),
            DemoCommand.Create(configurationSource.Configuration),
            OutboxCommand.Create(configurationSource.Configuration),
            CalibrationCommand.Create(configurationSource.Configuration),
        };
        return await root.Parse(args).InvokeAsync();
    }

    private static bool LooksLikeVerb(string arg) =>
        arg.Length > 0 && !arg.StartsWith('-') && !arg.StartsWith('/') && !arg.Contains('=', StringComparison.Ordinal);
}
