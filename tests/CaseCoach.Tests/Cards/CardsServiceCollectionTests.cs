using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.Mail;
using CaseCoach.Cards.Home;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CaseCoach.Tests.Cards;

public sealed class CardsServiceCollectionTests
{
    [Fact]
    public async Task AddCaseCoachCards_registers_the_card_and_email_renderers()
    {
        await using var provider = new ServiceCollection().AddCaseCoachCards().BuildServiceProvider();

        var card = provider.GetRequiredService<ICardRenderer>().Render(
            new WelcomeCard("Dana", "Pasco County Community Care", [new CommandHelp("help", "What I can do")]));
        var email = await provider.GetRequiredService<IEmailTemplateRenderer>()
            .RenderAsync("notification", JsonDocument.Parse(EmailSamples.Model("notification")!).RootElement, TestContext.Current.CancellationToken);

        Assert.Equal("Hi Dana, I'm CaseCoach", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("help", card.GetProperty("body")[3].GetProperty("facts")[0].GetProperty("title").GetString());
        Assert.Equal("Case review started: case 2026-DEP-0412", email.Subject);
    }
}
