using System.Text.Json;

namespace CaseCoach.Core.Instruments;

/// <summary>Reads one definition file and checks what every survey relies on: ids, texts and numbering.</summary>
internal static class InstrumentDefinitionRules
{
    private sealed record QuestionFile(string? Id, string? Text, bool AllowsNotApplicable, List<string>? Considerations);

    private sealed record DefinitionFile(string? Key, string? Name, InstrumentModel? Model, List<QuestionFile>? Questions);

    public static Instrument Parse(string fileName, string json, JsonSerializerOptions options)
    {
        DefinitionFile? file;
        try { file = JsonSerializer.Deserialize<DefinitionFile>(json, options); }
        catch (JsonException e) { throw Fail(fileName, $"is not valid JSON ({e.Message})"); }

        if (file is null) throw Fail(fileName, "is empty");
        if (string.IsNullOrWhiteSpace(file.Key)) throw Fail(fileName, "has no key (field \"key\")");
        if (string.IsNullOrWhiteSpace(file.Name)) throw Fail(fileName, "has no name (field \"name\")");
        if (file.Model is not { } model) throw Fail(fileName, "has no model (field \"model\": permanency or safety)");
        if (file.Questions is not { Count: > 0 } questions) throw Fail(fileName, "has no questions (field \"questions\", a list)");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new List<InstrumentQuestion>();
        foreach (var (question, index) in questions.Select((q, i) => (q, i)))
        {
            var where = $"question {index + 1}";
            if (string.IsNullOrWhiteSpace(question.Id) || !question.Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw Fail(fileName, $"{where} needs an id of letters, digits or _ (it names the card inputs; field questions[{index}].id)");
            if (!ids.Add(question.Id)) throw Fail(fileName, $"{where} repeats the id '{question.Id}'");
            if (string.IsNullOrWhiteSpace(question.Text)) throw Fail(fileName, $"{where} has no text (field questions[{index}].text)");
            var considerations = (question.Considerations ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
            parsed.Add(new InstrumentQuestion(question.Id, index + 1, question.Text.Trim(), considerations, question.AllowsNotApplicable));
        }
        return new Instrument(file.Key.Trim(), file.Name.Trim(), model, parsed);
    }

    private static InvalidOperationException Fail(string fileName, string problem) =>
        new($"Instrument definition {fileName} {problem}.");
}
