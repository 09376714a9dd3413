namespace CaseCoach.Cards.Mail;

/// <summary>The NAME.model.json sample beside each email template (for previews, checks and tests).</summary>
public static class EmailSamples
{
    public static string? Model(string templateName) =>
        CardCatalog.ReadEmbedded("email/").FirstOrDefault(f => f.Key == templateName + ".model.json").Value;
}
