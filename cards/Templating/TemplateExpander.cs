using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Streams the expansion of a prepared template into JSON. The shape rules are those of the JS package's
/// internalExpand: an object with $data/$when yields null, one object or several; inside an array, nulls are dropped
/// and array results are spliced in one level. Parts with nothing to bind are copied as the bytes written at load,
/// and values read straight from the data are copied as JSON, so a bind allocates next to nothing.
/// </summary>
internal sealed class TemplateExpander(EvaluationScope scope, Utf8JsonWriter writer, string templateName)
{
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
                writer.WriteRawValue(literal.Json, skipInputValidation: true);
                break;
            case ConstantNode constant:
                writer.WriteRawValue(constant.Json, skipInputValidation: true);
                break;
            case ArrayNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items) WriteArrayItem(item);
                writer.WriteEndArray();
                break;
            case ObjectNode { Data: null } plain:
                if (When(plain)) WriteObject(plain);
                else writer.WriteNullValue();
                break;
            case ObjectNode obj:
                WriteRepeated(obj);
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
            case ConstantNode { Source: ArrayNode spliced }:
                WriteArrayItem(spliced);
                return;
            case ExpressionNode { Expression: AccessorExpr { Static: not null } path } when PathEvaluator.TryResolveElement(path, scope, out var element):
                // Straight from the data, as the evaluated value would be written: null dropped, an array spliced.
                if (element.ValueKind == JsonValueKind.Null) return;
                if (element.ValueKind == JsonValueKind.Array) foreach (var item in element.EnumerateArray()) item.WriteTo(writer);
                else element.WriteTo(writer);
                return;
            case ExpressionNode { Expression: InterpolationExpr interpolation }:
                InterpolationWriter.Write(interpolation, scope, writer);
                return;
            case ExpressionNode expression:
                var value = Evaluate(expression);
                if (value is null) return;
                if (value is JsonElement { ValueKind: JsonValueKind.Array } array)
                {
                    foreach (var item in array.EnumerateArray()) item.WriteTo(writer);
                    return;
                }
                WriteJsValue(value is JsUndefined ? null : value);
                return;
            case ArrayNode nested:
                foreach (var item in nested.Items) WriteArrayItem(item);
                return;
            case ObjectNode { Data: null } plain:
                if (When(plain)) WriteObject(plain);
                return;
            case ObjectNode obj:
                ForEachContext(obj, write: true);
                return;
            default:
                WriteValue(node);
                return;
        }
    }

    private void WriteObject(ObjectNode node)
    {
        writer.WriteStartObject();
        foreach (var property in node.Properties)
        {
            switch (property.Value)
            {
                case ExpressionNode { Expression: AccessorExpr { Static: not null } path } when PathEvaluator.TryResolveElement(path, scope, out var element):
                    // Straight from the data: copied as JSON, never materialised as a .NET string.
                    writer.WritePropertyName(property.EncodedName);
                    element.WriteTo(writer);
                    break;
                case ExpressionNode { Expression: InterpolationExpr interpolation }:
                    writer.WritePropertyName(property.EncodedName);
                    InterpolationWriter.Write(interpolation, scope, writer);
                    break;
                case ExpressionNode expression:
                    var result = Evaluate(expression);
                    if (result is JsUndefined) break;
                    writer.WritePropertyName(property.EncodedName);
                    WriteJsValue(result);
                    break;
                default:
                    writer.WritePropertyName(property.EncodedName);
                    WriteValue(property.Value);
                    break;
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>An object with $data outside an array: null when no context passes, the object for one, an array for several.</summary>
    private void WriteRepeated(ObjectNode node)
    {
        // $data and $when are pure, so counting first and then writing sees the same contexts.
        var count = ForEachContext(node, write: false);
        if (count == 0) writer.WriteNullValue();
        else if (count == 1) ForEachContext(node, write: true);
        else
        {
            writer.WriteStartArray();
            ForEachContext(node, write: true);
            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// Counts, and writes if asked, the object in each $data context where its $when holds (evaluated without
    /// substitution, true only if boolean true), the scope set to that context; the scope is restored afterwards.
    /// </summary>
    private int ForEachContext(ObjectNode node, bool write)
    {
        var saved = scope.Save();
        var count = 0;
        if (node.Data is AccessorExpr { Static: not null } path && PathEvaluator.TryResolveElement(path, scope, out var items)
            && items.ValueKind == JsonValueKind.Array)
        {
            // The repeated array read from the data: each item entered as raw JSON, converted only if asked for.
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                scope.Enter(item, i++);
                count += Visit(node, write);
            }
            scope.Restore(saved);
            return count;
        }
        var data = node.Data!.Evaluate(scope, substitute: true);
        if (data.Error is not null) throw Fail(node.Data, data.Error);
        if (data.Value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                scope.Enter(item, i++);
                count += Visit(node, write);
            }
        }
        else
        {
            if (data.Value is not JsUndefined) scope.Restore(data.Value, saved.Index);
            count += Visit(node, write);
        }
        scope.Restore(saved);
        return count;
    }

    /// <summary>1 when the object's $when holds in the current context (and the object written, if asked), else 0.</summary>
    private int Visit(ObjectNode node, bool write)
    {
        if (!When(node)) return 0;
        if (write) WriteObject(node);
        return 1;
    }

    private bool When(ObjectNode node)
    {
        if (node.When is null) return true;
        // "${flag}" read from the data: true only for JSON true, as the evaluated value would be.
        if (PathEvaluator.TryResolveElement(node.When, scope, out var flag)) return flag.ValueKind == JsonValueKind.True;
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
