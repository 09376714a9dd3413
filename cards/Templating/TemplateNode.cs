using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>A prepared template node: the JSON tree with every "${...}" string parsed once, at load.</summary>
internal abstract record TemplateNode;

/// <summary>A JSON value with no expression in it; <see cref="Json"/> is its output, encoded once at load.</summary>
internal sealed record LiteralNode(JsonElement Value, byte[] Json) : TemplateNode;

/// <summary>
/// An object or array with nothing to bind in it (no expression, no $data or $when anywhere below): its output never
/// changes, so it is written once at load and copied as bytes. Inside an array it may still be spliced (an array) or
/// dropped (never: only literal nulls are), which <see cref="Source"/> answers.
/// </summary>
internal sealed record ConstantNode(TemplateNode Source, byte[] Json) : TemplateNode;

/// <summary>A string holding "${...}": a whole expression (keeps its JSON type) or an interpolation (a string).</summary>
internal sealed record ExpressionNode(Expr Expression, string Source) : TemplateNode;

internal sealed record ArrayNode(TemplateNode[] Items) : TemplateNode;

/// <summary>A property of an object node, its name escaped for JSON once.</summary>
internal sealed record PropertyNode(string Name, JsonEncodedText EncodedName, TemplateNode Value);

/// <summary>An object; <see cref="Data"/> and <see cref="When"/> are its $data and $when, already parsed.</summary>
internal sealed record ObjectNode(PropertyNode[] Properties, Expr? Data, Expr? When) : TemplateNode;
