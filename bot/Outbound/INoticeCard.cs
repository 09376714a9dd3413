using System.Text.Json;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Outbound;

/// <summary>The card one kind of notice from core shows in the recipient's chat. A plugin registers one per kind it sends.</summary>
public interface INoticeCard<in TNotice> where TNotice : Notice
{
    JsonElement Render(TNotice notice);
}
