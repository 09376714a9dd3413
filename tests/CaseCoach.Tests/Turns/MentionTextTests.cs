using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Tests.Turns;

public class MentionTextTests
{
    [Fact]
    public void The_bots_own_mention_is_stripped_so_the_command_is_recognised()
    {
        var activity = new Activity
        {
            Text = "<at>CaseCoach</at>  my   reviews ",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new Entity { Type = "mention", Text = "<at>CaseCoach</at>", Mentioned = new ChannelAccount { Id = "28:bot" } }],
        };

        Assert.Equal("my reviews", MentionText.Strip(activity));
    }

    [Fact]
    public void Markup_without_an_entity_is_still_stripped()
    {
        var activity = new Activity { Text = "<AT>Case Coach</AT> help", Recipient = new ChannelAccount { Id = "28:bot" } };

        Assert.Equal("help", MentionText.Strip(activity));
    }

    [Fact]
    public void Plain_text_is_kept_with_whitespace_folded()
    {
        Assert.Equal("my tasks", MentionText.Strip(new Activity { Text = "\tmy\n tasks" }));
    }
}
