using System.CommandLine;
using System.Text.RegularExpressions;
using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Demo;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Playground;

/// <summary>`playground --as EMAIL` signs the Agents Playground in as a demo person and says how to start it.</summary>
public sealed partial class PlaygroundCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("casecoach-playground-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Target => Path.Combine(_dir, PlaygroundConfig.FileName);

    private (int Exit, string Output, string Error) Invoke(string email)
    {
        var root = new RootCommand("test") { PlaygroundCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = root.Parse(["playground", "--as", email, "--output", Target])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void It_writes_the_config_signing_the_Playground_in_as_that_demo_person()
    {
        var (exit, _, error) = Invoke("CaseWorker@Riverside.example ");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var yml = File.ReadAllText(Target);
        var current = yml[yml.IndexOf("currentUser:", StringComparison.Ordinal)..yml.IndexOf("users:", StringComparison.Ordinal)];
        Assert.Contains($"aadObjectId: {DemoPeople.Caseworker}", current, StringComparison.Ordinal);
        Assert.Contains("email: caseworker@riverside.example", current, StringComparison.Ordinal);
        Assert.Contains("name: Dana Lopez", current, StringComparison.Ordinal);
        // The schema wants exactly five other users; the signed-in person is not among them.
        var others = yml[yml.IndexOf("users:", StringComparison.Ordinal)..yml.IndexOf("personalChat:", StringComparison.Ordinal)];
        Assert.Equal(5, Regex.Matches(others, @"^  - id: ", RegexOptions.Multiline).Count);
        Assert.DoesNotContain(DemoPeople.Caseworker, others, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_config_at_the_root_is_what_the_command_writes_for_the_demo_reviewer()
    {
        var (exit, _, _) = Invoke("reviewer@riverside.example");

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, PlaygroundConfig.FileName)), File.ReadAllText(Target));
    }

    [Fact]
    public void Every_demo_person_gets_their_own_personal_chat_id()
    {
        var ids = DemoDirectory.All.Select(person =>
        {
            Assert.Equal(0, Invoke(person.Email).Exit);
            return PersonalChatId().Match(File.ReadAllText(Target)).Groups[1].Value;
        }).ToList();

        Assert.All(ids, id => Assert.StartsWith("a:", id, StringComparison.Ordinal));
        Assert.Equal(DemoDirectory.All.Count, ids.Distinct().Count());
    }

    [Fact]
    public void It_prints_the_one_command_that_starts_the_Playground()
    {
        var (_, output, _) = Invoke("reviewer@riverside.example");

        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal($"Wrote {Target}: the Playground signs in as Jordan Patel (Quality Reviewer).", lines[0]);
        Assert.Equal("npx -y @microsoft/m365agentsplayground@0.2.28 -c msteams -e http://localhost:3978/api/messages", lines[^1]);
        Assert.Single(lines, l => l.StartsWith("npx ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_email_writes_nothing_and_exits_1_listing_the_demo_people()
    {
        var (exit, output, error) = Invoke("someone@elsewhere.example");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("Nothing written: that is not a demo person. Use one of: reviewer@riverside.example, ", error, StringComparison.Ordinal);
        Assert.All(DemoDirectory.All, p => Assert.Contains(p.Email, error, StringComparison.Ordinal));
        Assert.False(File.Exists(Target));
    }

    [GeneratedRegex("""^personalChat:\n  id: "([^"]+)"$""", RegexOptions.Multiline)]
    private static partial Regex PersonalChatId();
}
