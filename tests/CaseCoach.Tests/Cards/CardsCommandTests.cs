using System.CommandLine;
using System.Text.Json;
using CaseCoach.Bot.Cli;
using Xunit;

namespace CaseCoach.Tests.Cards;

public sealed class CardsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("casecoach-cards-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand("test") { CardsCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = root.Parse(["cards", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Render_prints_the_bound_card()
    {
        var template = Write("t.json", """{ "type": "AdaptiveCard", "body": [ { "$data": "${items}", "text": "${name} & ${$index}" } ] }""");
        var data = Write("t.data.json", """{ "items": [ { "name": "<Ana>" }, { "name": "Bo" } ] }""");

        var (exit, output, _) = Invoke("render", template, data);

        Assert.Equal(0, exit);
        var body = JsonDocument.Parse(output).RootElement.GetProperty("body");
        Assert.Equal(["<Ana> & 0", "Bo & 1"], body.EnumerateArray().Select(b => b.GetProperty("text").GetString()));
    }

    [Fact]
    public void Render_with_invalid_data_json_exits_non_zero_with_a_clear_message()
    {
        var template = Write("t.json", """{ "text": "${name}" }""");
        var data = Write("bad.json", "{ not json");

        var (exit, output, error) = Invoke("render", template, data);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("bad.json is not valid JSON", error);
    }

    [Fact]
    public void Render_of_a_missing_file_exits_non_zero_naming_it()
    {
        var (exit, _, error) = Invoke("render", Path.Combine(_dir, "nope.json"), Path.Combine(_dir, "nope.data.json"));

        Assert.Equal(1, exit);
        Assert.Contains("File not found", error);
        Assert.Contains("nope.json", error);
    }

    [Fact]
    public void Render_of_an_unsupported_template_names_the_json_path()
    {
        var template = Write("odd.json", """{ "body": [ { "text": "${utcNow()}" } ] }""");
        var data = Write("odd.data.json", "{}");

        var (exit, _, error) = Invoke("render", template, data);

        Assert.Equal(1, exit);
        Assert.Contains("'odd' at $.body[0].text", error);
    }

    [Fact]
    public void Check_validates_every_built_in_template_against_its_sample_data()
    {
        var (exit, output, error) = Invoke("check");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("ok  review-survey", output);
        Assert.Contains("14 templates valid.", output);
    }

    [Fact]
    public void Check_of_a_folder_with_a_bad_template_fails()
    {
        Write("good.json", """{ "text": "${name}" }""");
        Write("good.data.json", """{ "name": "x" }""");
        Write("bad.json", """{ "a": { "$when": "yes" } }""");

        var (exit, _, error) = Invoke("check", _dir);

        Assert.Equal(1, exit);
        Assert.Contains("'bad' at $.a.$when", error);
    }
}
