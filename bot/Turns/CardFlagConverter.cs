using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// An Input.Toggle's value: clients send "true"/"false" strings, tests and older clients send booleans. Anything else
/// (a forged number, an object) reads as false rather than failing the turn.
/// </summary>
public sealed class CardFlagConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.String: return string.Equals(reader.GetString(), "true", StringComparison.OrdinalIgnoreCase);
            default: reader.Skip(); return false;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
