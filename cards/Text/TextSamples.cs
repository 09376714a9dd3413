namespace CaseCoach.Cards.Text;

/// <summary>The NAME.model.json sample beside each text template (for previews, checks and tests).</summary>
public static class TextSamples
{
    public static string? Model(string templateName) =>
        CardCatalog.ReadEmbedded("text/").FirstOrDefault(f => f.Key == templateName + ".model.json").Value;
}
