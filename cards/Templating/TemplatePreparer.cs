using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Turns template JSON into <see cref="TemplateNode"/>s, refusing at load anything outside the supported subset
/// with the template name and the JSON path, so a bad template stops start-up instead of a user's card.
/// </summary>
internal static class TemplatePreparer
{
    // Reserved by the JS package: never copied into the output.
    private static readonly HashSet<string> Reserved = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"];

    public static TemplateNode Prepare(string templateName, JsonElement element, string path = "$") => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString()!.Contains("${", StringComparison.Ordinal) =>
            new ExpressionNode(ParseExpression(templateName, element.GetString()!, path), element.GetString()!),
        JsonValueKind.Array => Fold(new ArrayNode([.. element.EnumerateArray().Select((item, i) => Prepare(templateName, item, $"{path}[{i}]"))])),
        JsonValueKind.Object => Fold(PrepareObject(templateName, element, path)),
        _ => new LiteralNode(element.Clone(), RawJson.Of(writer => element.WriteTo(writer))),
    };

    /// <summary>An object or array with nothing to bind becomes its output, written once by the expander itself.</summary>
    private static TemplateNode Fold(TemplateNode node)
    {
        var constant = node switch
        {
            ObjectNode { Data: null, When: null } obj => obj.Properties.All(p => p.Value is LiteralNode or ConstantNode),
            ArrayNode array => array.Items.All(i => i is LiteralNode or ConstantNode),
            _ => false,
        };
        if (!constant) return node;
        return new ConstantNode(node, RawJson.Of(writer => new TemplateExpander(new EvaluationScope(default), writer, "").WriteRoot(node)));
    }

    private static ObjectNode PrepareObject(string templateName, JsonElement element, string path)
    {
        Expr? data = null, when = null;
        var properties = new List<PropertyNode>();
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "$data":
                    data = ParseDirective(templateName, property.Value, propertyPath);
                    break;
                case "$when":
                    when = ParseDirective(templateName, property.Value, propertyPath);
                    if (property.Value.GetString() is not { } whenText || !whenText.StartsWith("${", StringComparison.Ordinal)
                        || !whenText.EndsWith('}') || whenText.IndexOf("${", 2, StringComparison.Ordinal) >= 0)
                        throw new TemplateValidationException(templateName, propertyPath, "$when must be a single ${...} expression");
                    break;
                case var name when Reserved.Contains(name):
                    throw new TemplateValidationException(templateName, propertyPath, $"unsupported construct '{name}'");
                default:
                    if (property.Name.Contains("${", StringComparison.Ordinal))
                        throw new TemplateValidationException(templateName, propertyPath, "property names are not bound; move the ${...} into the value");
                    properties.Add(new(property.Name, JsonEncodedText.Encode(property.Name, RawJson.Encoder), Prepare(templateName, property.Value, propertyPath)));
                    break;
            }
        }
        return new ObjectNode([.. properties], data, when);
    }

    private static Expr ParseDirective(string templateName, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String || !value.GetString()!.Contains("${", StringComparison.Ordinal))
            throw new TemplateValidationException(templateName, path, "must be a \"${...}\" expression string");
        return ParseExpression(templateName, value.GetString()!, path);
    }

    private static Expr ParseExpression(string templateName, string text, string path)
    {
        try
        {
            return ExpressionParser.ParseInterpolated(text);
        }
        catch (FormatException e)
        {
            throw new TemplateValidationException(templateName, path, e.Message);
        }
    }
}
