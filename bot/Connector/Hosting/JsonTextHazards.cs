namespace CaseCoach.Bot.Connector.Hosting;

/// <summary>
/// Finds the two escapes valid JSON may carry that no channel sends and no database stores: a NUL character
/// (\u0000; PostgreSQL text refuses it) and an unpaired UTF-16 surrogate (not a character at all). Read on the
/// raw body, so every string in the activity is covered, card data included, whatever shape it has.
/// </summary>
public static class JsonTextHazards
{
    public static string? Find(ReadOnlySpan<byte> json)
    {
        var pendingHigh = false;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != (byte)'\\')
            {
                if (pendingHigh) return UnpairedSurrogate;
                continue;
            }

            if (i + 1 >= json.Length) return null; // truncated: the JSON reader reports it
            if (json[i + 1] != (byte)'u' || i + 5 >= json.Length || !TryHex(json.Slice(i + 2, 4), out var unit))
            {
                if (pendingHigh) return UnpairedSurrogate;
                i++; // an escape such as \\ or \" : its second byte is not the start of another escape
                continue;
            }

            i += 5;
            if (unit == 0) return Nul;
            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (pendingHigh != isLow) return UnpairedSurrogate;
            pendingHigh = isHigh;
        }

        return pendingHigh ? UnpairedSurrogate : null;
    }

    public const string Nul = "The activity contains a NUL character (\\u0000), which no channel sends.";
    public const string UnpairedSurrogate = "The activity contains an unpaired UTF-16 surrogate escape, which is not a character.";

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        return true;
    }
}
