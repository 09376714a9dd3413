using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Streams the expansion of a prepared template into JSON. The shape rules are those of the JS package's
/// internalExpand: an object with $data/$when yields null, one object or several; inside an array, nulls are dropped
/// and array results are spliced in one level.
/// </summary>
internal sealed class TemplateExpander(EvaluationScope scope, Utf8JsonWriter writer, string templateName)
{
    private readonly record struct Context(object? Data, object? Index);

    public void WriteRoot(TemplateNode node)
    {
        if (node is ExpressionNode expression)
        {
            var value = Evaluate(expression);
            WriteJsValue(value is JsUndefined ? null : value);
        }
        else WriteValue(node);
    }

    private void WriteValue(TemplateNode node)
    {
        switch (node)
        {
            case LiteralNode literal:
                literal.Value.WriteTo(writer);
                break;
            case ArrayNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items) WriteArrayItem(item);
                writer.WriteEndArray();
                break;
            case ObjectNode { Data: null } plain:
                if (When(plain)) WriteObject(plain, new Context(scope.RawData, scope.Index));
                else writer.WriteNullValue();
                break;
            case ObjectNode obj:
                var contexts = PassingContexts(obj);
                if (contexts.Count == 0) writer.WriteNullValue();
                else if (contexts.Count == 1) WriteObject(obj, contexts[0]);
                else
                {
                    writer.WriteStartArray();
                    foreach (var context in contexts) WriteObject(obj, context);
                    writer.WriteEndArray();
                }
                break;
            default:
                throw new InvalidOperationException("Expression nodes are written by their owner.");
        }
    }

    private void WriteArrayItem(TemplateNode node)
    {
        switch (node)
        {
            case LiteralNode { Value.ValueKind: JsonValueKind.Null }:
                return;
            case ExpressionNode expression:
                var value = Evaluate(expression);
                if (value is null) return;
                if (value is JsonElement { ValueKind: JsonValueKind.Array } spliced)
                {
                    foreach (var item in spliced.EnumerateArray()) item.WriteTo(writer);
                    return;
                }
                WriteJsValue(value is JsUndefined ? null : value);
                return;
            case ArrayNode array:
                foreach (var item in array.Items) WriteArrayItem(item);
                return;
            case ObjectNode { Data: null } plain:
                if (When(plain)) WriteObject(plain, new Context(scope.RawData, scope.Index));
                return;
            case ObjectNode obj:
                foreach (var context in PassingContexts(obj)) WriteObject(obj, context);
                return;
            default:
                WriteValue(node);
                return;
        }
    }

    private void WriteObject(ObjectNode node, Context context)
    {
        var (savedData, savedIndex) = (scope.RawData, scope.Index);
        scope.Restore(context.Data, context.Index);
        writer.WriteStartObject();
        foreach (var (name, value) in node.Properties)
        {
            if (value is ExpressionNode { Expression: AccessorExpr { Static: not null } path } && PathEvaluator.TryResolveElement(path, scope, out var element))
            {
                // Straight from the data: copied as JSON, never materialised as a .NET string.
                writer.WritePropertyName(name);
                element.WriteTo(writer);
            }
            else if (value is ExpressionNode expression)
            {
                var result = Evaluate(expression);
                if (result is JsUndefined) continue;
                writer.WritePropertyName(name);
                WriteJsValue(result);
            }
            else
            {
                writer.WritePropertyName(name);
                WriteValue(value);
            }
        }
        writer.WriteEndObject();
        scope.Restore(savedData, savedIndex);
    }

    /// <summary>The $data contexts of an object whose $when holds (evaluated without substitution, true only if boolean true).</summary>
    private List<Context> PassingContexts(ObjectNode node)
    {
        var (savedData, savedIndex) = (scope.RawData, scope.Index);
        var contexts = new List<Context>(1);
        if (node.Data is null)
        {
            if (When(node)) contexts.Add(new Context(savedData, savedIndex));
            return contexts;
        }
        var data = node.Data.Evaluate(scope, substitute: true);
        if (data.Error is not null) throw Fail(node.Data, data.Error);
        if (data.Value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                scope.Restore(JsValue.FromElement(item), (double)i++);
                if (When(node)) contexts.Add(new Context(scope.RawData, scope.Index));
            }
        }
        else
        {
            if (data.Value is not JsUndefined) scope.Restore(data.Value, savedIndex);
            if (When(node)) contexts.Add(new Context(scope.RawData, scope.Index));
        }
        scope.Restore(savedData, savedIndex);
        return contexts;
    }

    private bool When(ObjectNode node)
    {
        if (node.When is null) return true;
        var result = node.When.Evaluate(scope, substitute: false);
        return result.Error is null && result.Value is true;
    }

    private object? Evaluate(ExpressionNode node)
    {
        var result = node.Expression.Evaluate(scope, substitute: true);
        if (result.Error is not null) throw Fail(node.Expression, result.Error);
        return result.Value;
    }

    private CardBindingException Fail(Expr expression, string error) =>
        new($"Card template '{templateName}': evaluating {expression} failed: {error}");

    private void WriteJsValue(object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case JsonElement element: element.WriteTo(writer); break;
            default: writer.WriteNullValue(); break;
        }
    }
}
