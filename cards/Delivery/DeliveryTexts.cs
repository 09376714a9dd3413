using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Delivery;

/// <summary>One message no channel could deliver: what it was, for whom, why, and the outbox row to retry.</summary>
public sealed record StuckLine(long Id, string What, string Who, string Why, string Since);

/// <summary>To the QA supervisor when a message failed for good on every channel (text/delivery-stuck.liquid).</summary>
public sealed record DeliveryStuckText(StuckLine Stuck) : ITextModel
{
    public static string TemplateName => "delivery-stuck";
}

/// <summary>`stuck`: everything that could not be delivered, newest first (text/delivery-stuck-list.liquid).</summary>
public sealed record StuckListText(IReadOnlyList<StuckLine> Items) : ITextModel
{
    public static string TemplateName => "delivery-stuck-list";
}
