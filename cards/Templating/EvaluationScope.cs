using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// The memory an expression sees: $root (the bound data), $data (current repetition item, $root when unset) and
/// $index (position in the repeated array). Mutated while expanding and restored around each node, as in the JS package.
/// </summary>
internal sealed class EvaluationScope(JsonElement root)
{
    private object? _data = JsUndefined.Value;

    public object? Root { get; } = JsValue.FromElement(root);

    public object? Data
    {
        get => _data is JsUndefined ? Root : _data;
        set => _data = value;
    }

    public object? RawData => _data;

    public object? Index { get; set; } = JsUndefined.Value;

    /// <summary>Lambda iterators (where/select/foreach), innermost last; looked up before the template memory.</summary>
    public List<(string Name, object? Value)> Locals { get; } = [];

    public void PushLocal(string name, object? value) => Locals.Add((name, value));

    public void PopLocal() => Locals.RemoveAt(Locals.Count - 1);

    public void Restore(object? rawData, object? index)
    {
        _data = rawData;
        Index = index;
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
}
