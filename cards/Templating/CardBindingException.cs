namespace CaseCoach.Cards.Templating;

/// <summary>Binding failed at run time where the JavaScript package would throw too (e.g. a null inside "text ${x}").</summary>
public class CardBindingException(string message) : Exception(message);

/// <summary>A template uses a construct or function outside the supported subset; names the template and JSON path.</summary>
public sealed class TemplateValidationException(string templateName, string jsonPath, string problem)
    : Exception($"Card template '{templateName}' at {jsonPath}: {problem}")
{
    public string TemplateName { get; } = templateName;
    public string JsonPath { get; } = jsonPath;
}
