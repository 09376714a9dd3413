using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Home;

/// <summary>Whom the welcome greets when Teams sends no display name.</summary>
public sealed record GreetingFallbackText : ITextModel
{
    public static string TemplateName => "home-greeting-fallback";
}

/// <summary>The welcome's organisation when Bot:OrganizationName is not configured.</summary>
public sealed record OrganizationFallbackText : ITextModel
{
    public static string TemplateName => "home-organization-fallback";
}
