using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.Templating;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// <c>cards render TEMPLATE.json DATA.json</c> prints the bound card; <c>cards check [DIR]</c> validates every
/// template (the embedded ones, or those in DIR) and binds each to its NAME.data.json. Bad input: a one-line message
/// on stderr and exit code 1, never a stack trace.
/// </summary>
public static class CardsCommand
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var command = new Command("cards", "Adaptive Card templates: render one, or check them all.");
        command.Add(CreateRender());
        command.Add(CreateCheck());
        return command;
    }

    private static Command CreateRender()
    {
        var template = new Argument<FileInfo>("TEMPLATE.json") { Description = "The card template." };
        var data = new Argument<FileInfo>("DATA.json") { Description = "The data to bind, e.g. the NAME.data.json beside it." };
        var render = new Command("render", "Bind a template to data and print the card JSON.") { template, data };
        render.SetAction(parseResult => Run(parseResult, output =>
        {
            var card = LoadTemplate(parseResult.GetValue(template)!);
            var bound = card.Expand(ReadJson(parseResult.GetValue(data)!));
            output.WriteLine(JsonSerializer.Serialize(bound, Pretty));
        }));
        return render;
    }

    private static Command CreateCheck()
    {
        var directory = new Argument<DirectoryInfo?>("DIR") { Description = "A folder of templates (default: the built-in cards).", Arity = ArgumentArity.ZeroOrOne };
        var check = new Command("check", "Validate every template and bind it to its sample data.") { directory };
        check.SetAction(parseResult => Run(parseResult, output =>
        {
            var dir = parseResult.GetValue(directory);
            var catalog = dir is null ? CardCatalog.LoadEmbedded() : new CardCatalog(ReadFolder(dir));
            foreach (var name in catalog.Names.Order())
            {
                var sample = catalog.SampleData(name) ?? throw new CliException($"{name}: no {name}.data.json beside the template.");
                using var data = ParseJson(sample, $"{name}.data.json");
                catalog.Get(name).Expand(data.RootElement);
                output.WriteLine($"ok  {name}");
            }
            output.WriteLine($"{catalog.Names.Count} templates valid.");
        }));
        return check;
    }

    private static int Run(ParseResult parseResult, Action<TextWriter> body)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            body(output);
            return 0;
        }
        catch (Exception e) when (e is CliException or TemplateValidationException or CardBindingException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static CardTemplate LoadTemplate(FileInfo file) =>
        CardTemplate.Parse(Path.GetFileNameWithoutExtension(file.Name), ReadText(file));

    private static JsonElement ReadJson(FileInfo file)
    {
        using var document = ParseJson(ReadText(file), file.Name);
        return document.RootElement.Clone();
    }

    private static JsonDocument ParseJson(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new CliException($"{what} is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Relative paths are the caller's, not bot/ where `dotnet run` starts the program.</summary>
    private static string ReadText(FileInfo typed)
    {
        var file = new FileInfo(CallerPath.Resolve(typed.ToString()));
        return file.Exists ? File.ReadAllText(file.FullName) : throw new CliException($"File not found: {file.FullName}");
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadFolder(DirectoryInfo typed)
    {
        var dir = new DirectoryInfo(CallerPath.Resolve(typed.ToString()));
        if (!dir.Exists) throw new CliException($"Folder not found: {dir.FullName}");
        return dir.GetFiles("*.json").Select(f => new KeyValuePair<string, string>(f.Name, File.ReadAllText(f.FullName)));
    }

    private sealed class CliException(string message) : Exception(message);
}
