using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// The memory an expression sees: $root (the bound data), $data (current repetition item, $root when unset) and
/// $index (position in the repeated array). Mutated while expanding and restored around each node, as in the JS package.
/// A repeated item is kept as its <see cref="JsonElement"/> and turned into a .NET value only when an expression asks
/// for it, so paths read straight from the data cost no allocation.
/// </summary>
internal sealed class EvaluationScope(JsonElement root)
{
    // Marks "$data is the element, not converted yet" (null and JsUndefined are values of their own).
    private static readonly object NotConverted = new();

    private object? _data = JsUndefined.Value;
    private JsonElement _element;
    private List<(string Name, object? Value)>? _locals;

    public object? Root { get; } = JsValue.FromElement(root);

    public object? Data => RawData is JsUndefined ? Root : RawData;

    public object? RawData
    {
        get
        {
            if (ReferenceEquals(_data, NotConverted)) _data = JsValue.FromElement(_element);
            return _data;
        }
    }

    public object? Index { get; private set; } = JsUndefined.Value;

    /// <summary>Lambda iterators (where/select/foreach), innermost last; looked up before the template memory.</summary>
    public IReadOnlyList<(string Name, object? Value)> Locals => (IReadOnlyList<(string, object?)>?)_locals ?? [];

    public bool HasLocals => _locals is { Count: > 0 };

    public void PushLocal(string name, object? value) => (_locals ??= []).Add((name, value));

    public void PopLocal() => _locals!.RemoveAt(_locals.Count - 1);

    /// <summary>$data as raw JSON when it is a repeated item or $root (no conversion); false for computed values.</summary>
    public bool TryGetDataElement(out JsonElement element)
    {
        if (ReferenceEquals(_data, NotConverted)) { element = _element; return true; }
        element = default;
        return Data is JsonElement known && (element = known).ValueKind != JsonValueKind.Undefined;
    }

    public Frame Save() => new(_data, _element, Index);

    public void Restore(Frame frame) => (_data, _element, Index) = (frame.Data, frame.Element, frame.Index);

    public void Restore(object? rawData, object? index)
    {
        _data = rawData;
        Index = index;
    }

    /// <summary>The i-th item of a repeated array as $data, $index i.</summary>
    public void Enter(JsonElement item, int index)
    {
        _data = NotConverted;
        _element = item;
        Index = JsValue.Number(index);
    }

    /// <summary>A top-level name of the template memory, matched case-insensitively like JS accessProperty.</summary>
    public bool TryGetReserved(string name, out object? value)
    {
        value = JsUndefined.Value;
        if (name.Equals("$root", StringComparison.OrdinalIgnoreCase)) value = Root;
        else if (name.Equals("$data", StringComparison.OrdinalIgnoreCase)) value = Data;
        else if (name.Equals("$index", StringComparison.OrdinalIgnoreCase)) value = Index;
        else if (!name.Equals("$host", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>What <see cref="Save"/> captures: $data (possibly not converted yet) and $index.</summary>
    public readonly record struct Frame(object? Data, JsonElement Element, object? Index);
}
