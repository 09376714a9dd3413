using CaseCoach.Cards.Mail;
using CaseCoach.Cards.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICardRenderer"/>, <see cref="IEmailTemplateRenderer"/> and <see cref="ITextRenderer"/>. Templates are loaded and
    /// validated here, eagerly, so a template outside the supported subset fails start-up naming file and JSON path.
    /// </summary>
    public static IServiceCollection AddCaseCoachCards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var catalog = CardCatalog.LoadEmbedded();
        services.AddSingleton(catalog);
        services.AddSingleton<ICardRenderer, CardRenderer>();
        services.AddSingleton<IEmailTemplateRenderer>(new EmailTemplateRenderer());
        services.AddSingleton<ITextRenderer>(new TextRenderer());
        return services;
    }
}
