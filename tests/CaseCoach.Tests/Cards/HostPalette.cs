namespace CaseCoach.Tests.Cards;

/// <summary>
/// The colours and font sizes a host renders a card with, as its Adaptive Cards host config gives them. The values are
/// those of Microsoft's published host configs (AdaptiveCards repository, samples/HostConfig/microsoft-teams-light.json
/// and outlook-desktop.json). In both files every container style has the same foreground colours, so one table of
/// foregrounds serves every container style here.
/// </summary>
internal sealed record HostPalette(
    string Name,
    IReadOnlyDictionary<string, string> Backgrounds,
    IReadOnlyDictionary<string, (string Default, string Subtle)> Foregrounds,
    IReadOnlyDictionary<string, double> FontSizes)
{
    public static readonly HostPalette TeamsLight = new(
        "Teams (light)",
        new Dictionary<string, string>
        {
            ["default"] = "#ffffff", ["emphasis"] = "#fff9f8f7", ["accent"] = "#C7DEF9",
            ["good"] = "#CCFFCC", ["attention"] = "#FFC5B2", ["warning"] = "#FFE2B2",
        },
        new Dictionary<string, (string, string)>
        {
            ["default"] = ("#ff252424", "#bf252424"), ["dark"] = ("#252424", "#bf252424"), ["light"] = ("#ffffff", "#fff3f2f1"),
            ["accent"] = ("#6264a7", "#8b8cc7"), ["good"] = ("#92c353", "#e592c353"), ["warning"] = ("#f8d22a", "#e5f8d22a"),
            ["attention"] = ("#c4314b", "#e5c4314b"),
        },
        new Dictionary<string, double> { ["small"] = 12, ["default"] = 14, ["medium"] = 14, ["large"] = 18, ["extralarge"] = 24 });

    /// <summary>Outlook's actionable messages; it has no Dark or Light colour, which fall back to Default.</summary>
    public static readonly HostPalette OutlookDesktop = new(
        "Outlook (desktop)",
        new Dictionary<string, string>
        {
            ["default"] = "#FFFFFFFF", ["emphasis"] = "#08000000", ["accent"] = "#882E89FC",
            ["good"] = "#DD54A254", ["attention"] = "#DDCC3300", ["warning"] = "#DDE69500",
        },
        new Dictionary<string, (string, string)>
        {
            ["default"] = ("#FF333333", "#EE333333"), ["dark"] = ("#FF333333", "#EE333333"), ["light"] = ("#FF333333", "#EE333333"),
            ["accent"] = ("#FF2E89FC", "#882E89FC"), ["good"] = ("#FF54A254", "#DD54A254"), ["warning"] = ("#FFE69500", "#DDE69500"),
            ["attention"] = ("#FFCC3300", "#DDCC3300"),
        },
        new Dictionary<string, double> { ["small"] = 12, ["default"] = 14, ["medium"] = 17, ["large"] = 21, ["extralarge"] = 26 });

    public override string ToString() => Name;
}

/// <summary>WCAG 2.x contrast: relative luminance of sRGB colours, with alpha composited over what lies beneath.</summary>
internal static class Contrast
{
    public readonly record struct Rgb(double R, double G, double B);

    public static readonly Rgb White = new(255, 255, 255);

    /// <summary>"#RRGGBB" or "#AARRGGBB" (the host configs' form) laid over <paramref name="beneath"/>.</summary>
    public static Rgb Over(string hex, Rgb beneath)
    {
        var digits = hex.TrimStart('#');
        var alpha = digits.Length == 8 ? Convert.ToInt32(digits[..2], 16) / 255.0 : 1.0;
        var rgb = digits[^6..];
        double Channel(int i, double below) => alpha * Convert.ToInt32(rgb.Substring(i * 2, 2), 16) + (1 - alpha) * below;
        return new Rgb(Channel(0, beneath.R), Channel(1, beneath.G), Channel(2, beneath.B));
    }

    public static double Ratio(Rgb a, Rgb b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(Rgb c)
    {
        static double Linear(double channel)
        {
            var s = channel / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);
    }
}
