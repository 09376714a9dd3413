using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>Binds reviews to their cards (the models are <see cref="ReviewViews"/>).</summary>
public sealed class ReviewCards(ICardRenderer cards, ReviewViews views)
{
    /// <summary>The card a review step shows the acting person (the invoke response replaces the clicked card).</summary>
    public InvokeResponse Show(ReviewStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var (_, review, instrument) = step.InHand;
        return InvokeResponse.Card(step.View == ReviewView.Summary
            ? cards.Render(views.Summary(review, instrument))
            : cards.Render(views.Survey(review, instrument, step.Entered, step.Validation, step.Previous, step.DraftSavedAt)));
    }

    public JsonElement Debrief(Review review, Instrument instrument) => cards.Render(views.Debrief(review, instrument));

    public JsonElement MyReviews(IReadOnlyList<ReviewListItem> items) => cards.Render(new MyReviewsCard(items));
}
