using CaseCoach.Core.Application;

namespace CaseCoach.Cards.Delivery;

/// <summary>
/// For a notice kind that reads as a chat message rather than a card (reminders): its text, from a template in
/// cards/text. When a kind has one registered, the bot's notifier sends the text instead of a card.
/// </summary>
public interface INoticeText<in TNotice> where TNotice : Notice
{
    string Render(TNotice notice);
}
