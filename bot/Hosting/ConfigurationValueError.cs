using System.Text.RegularExpressions;

namespace CaseCoach.Bot.Hosting;

/// <summary>
/// Turns the configuration binder's "Failed to convert configuration value" into the named-key message
/// every other start-up failure gives: the key, what it holds and what it accepts. The binder throws
/// before any validator sees the section, so this is the only place that can say it for every key.
/// </summary>
public static partial class ConfigurationValueError
{
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException && BinderFailure().Match(e.Message) is { Success: true } match)
                return Message(match.Groups["key"].Value, match.Groups["value"].Value, match.Groups["type"].Value);
        }

        return null;
    }

    private static string Message(string key, string value, string typeName)
    {
        var type = Resolve(typeName);
        var expected = type switch
        {
            { IsEnum: true } => $"one of: {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(TimeSpan) => "a time span written [d.]hh:mm:ss, for example 00:05:00 for five minutes",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number such as 0.5",
            _ when type == typeof(TimeOnly) => "a time of day written HH:mm, for example 17:00",
            _ when type == typeof(DateOnly) => "a date written yyyy-MM-dd",
            _ when type == typeof(Uri) => "an absolute URL",
            _ => $"a valid {type?.Name ?? typeName}",
        };
        return $"{key} is '{value}', which is not {(type is { IsEnum: true } ? "a known value" : "valid")}; set {key} to {expected}.";
    }

    private static Type? Resolve(string typeName)
    {
        var type = Type.GetType(typeName)
            ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    [GeneratedRegex(@"^Failed to convert configuration value (?:'(?<value>.*)' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BinderFailure();
}
