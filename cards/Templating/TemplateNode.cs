using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>A prepared template node: the JSON tree with every "${...}" string parsed once, at load.</summary>
internal abstract record TemplateNode;

/// <summary>A JSON value with no expression in it; written as is.</summary>
internal sealed record LiteralNode(JsonElement Value) : TemplateNode;

/// <summary>A string holding "${...}": a whole expression (keeps its JSON type) or an interpolation (a string).</summary>
internal sealed record ExpressionNode(Expr Expression, string Source) : TemplateNode;

internal sealed record ArrayNode(TemplateNode[] Items) : TemplateNode;

/// <summary>An object; <see cref="Data"/> and <see cref="When"/> are its $data and $when, already parsed.</summary>
internal sealed record ObjectNode(KeyValuePair<string, TemplateNode>[] Properties, Expr? Data, Expr? When) : TemplateNode;
