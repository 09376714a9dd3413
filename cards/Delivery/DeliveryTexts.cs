using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Delivery;

/// <summary>One message no channel could deliver: what it was, for whom, why, and the outbox row to retry.</summary>
public sealed record StuckLine(long Id, string What, string Who, string Why, string Since);

/// <summary>`stuck`: everything that could not be delivered, newest first (text/delivery-stuck-list.liquid).</summary>
public sealed record StuckListText(IReadOnlyList<StuckLine> Items) : ITextModel
{
    public static string TemplateName => "delivery-stuck-list";
}

/// <summary>To each QA supervisor when a message failed for good on every channel (delivery-stuck.json).</summary>
public sealed record DeliveryStuckCard(long Id, string What, string Who, string Why, string Since) : ICardModel
{
    public static string TemplateName => "delivery-stuck";

    public static DeliveryStuckCard Of(StuckLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Id, line.What, line.Who, line.Why, line.Since);
    }
}
