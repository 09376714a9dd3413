namespace CaseCoach.Cards.Mail;

/// <summary>A typed model for one email kind (cards/email/NAME.*.liquid); the template is part of its type, as for cards.</summary>
public interface IMailModel
{
    static abstract string TemplateName { get; }
}

public static class EmailTemplateRendererExtensions
{
    public static Task<RenderedEmail> RenderAsync<TModel>(this IEmailTemplateRenderer renderer, TModel model, CancellationToken cancellationToken = default)
        where TModel : IMailModel
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.RenderAsync(TModel.TemplateName, model!, cancellationToken);
    }
}
