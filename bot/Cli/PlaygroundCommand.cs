using System.CommandLine;
using CaseCoach.Bot.Demo;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `playground --as EMAIL`: writes .m365agentsplayground.yml (in the directory the command was typed in) signing the
/// Microsoft 365 Agents Playground in as that demo person, and prints the one command that starts the Playground.
/// An unknown email changes nothing and lists the demo people.
/// </summary>
public static class PlaygroundCommand
{
    public static Command Create()
    {
        var person = new Option<string>("--as") { Description = "The demo person's email, e.g. reviewer@riverside.example.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the file.", DefaultValueFactory = _ => PlaygroundConfig.FileName };
        var command = new Command("playground", "Sign the Microsoft 365 Agents Playground in as a demo person.") { person, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var email = parseResult.GetValue(person) ?? "";
            if (email.Length > 254 || DemoDirectory.Find(email) is not { } demo)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    "Nothing written: that is not a demo person. Use one of: " + string.Join(", ", DemoDirectory.All.Select(p => p.Email)));
                return 1;
            }
            var path = CallerPath.Resolve(parseResult.GetValue(output)!);
            await File.WriteAllTextAsync(path, PlaygroundConfig.For(demo), cancellationToken);
            var stdout = parseResult.InvocationConfiguration.Output;
            await stdout.WriteLineAsync($"Wrote {path}: the Playground signs in as {demo.Name} ({demo.Title}).");
            await stdout.WriteLineAsync("With the bot running (dotnet run --project bot), start the Playground from that folder:");
            await stdout.WriteLineAsync(PlaygroundConfig.StartCommand);
            return 0;
        });
        return command;
    }
}
