namespace CaseCoach.Cards;

/// <summary>A typed view-model for one card; the template it binds to is part of its type.</summary>
public interface ICardModel
{
    static abstract string TemplateName { get; }
}
