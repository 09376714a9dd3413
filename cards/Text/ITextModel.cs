namespace CaseCoach.Cards.Text;

/// <summary>A typed model for one text template (cards/text/NAME.liquid); the template is part of its type.</summary>
public interface ITextModel
{
    static abstract string TemplateName { get; }
}
