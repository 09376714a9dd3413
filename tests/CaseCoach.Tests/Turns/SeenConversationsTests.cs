using CaseCoach.Bot.Turns;
using CaseCoach.Core.Conversations;

namespace CaseCoach.Tests.Turns;

/// <summary>
/// The in-process note of stored conversations may only spare a SELECT when nothing would change: any other
/// coordinates, a due stamp or a change in flight send the turn to the database (issue 14).
/// </summary>
public class SeenConversationsTests
{
    private static readonly DateTimeOffset Stamped = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hourly = TimeSpan.FromHours(1);
    private static readonly ConversationCoordinates Amer =
        new("aad-1", "tenant", "msteams", "https://smba.example/amer/", "a:1", "personal", "28:bot", "29:user");

    [Fact]
    public void A_conversation_read_with_the_same_coordinates_and_a_fresh_stamp_is_current()
    {
        using var seen = new SeenConversations();
        seen.Read(ConversationRecord.Capture(Amer, Stamped));

        Assert.True(seen.IsCurrent(Amer, Stamped.AddMinutes(59), Hourly));
    }

    [Fact]
    public void A_moved_service_url_is_not_current_so_the_turn_reads_and_writes_it()
    {
        using var seen = new SeenConversations();
        seen.Read(ConversationRecord.Capture(Amer, Stamped));

        Assert.False(seen.IsCurrent(Amer with { ServiceUrl = "https://smba.example/emea/" }, Stamped.AddMinutes(1), Hourly));
    }

    [Fact]
    public void A_due_stamp_is_not_current()
    {
        using var seen = new SeenConversations();
        seen.Read(ConversationRecord.Capture(Amer, Stamped));

        Assert.False(seen.IsCurrent(Amer, Stamped.AddHours(1), Hourly));
    }

    [Fact]
    public void A_conversation_being_changed_or_never_read_is_not_current()
    {
        using var seen = new SeenConversations();
        Assert.False(seen.IsCurrent(Amer, Stamped, Hourly));

        seen.Read(ConversationRecord.Capture(Amer, Stamped));
        seen.Changing(Amer);

        Assert.False(seen.IsCurrent(Amer, Stamped, Hourly));
    }
}
