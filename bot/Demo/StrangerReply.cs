using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.Demo;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Demo;

/// <summary>
/// In Development with the demo data (Demo:Seed), a sender who is not a known person (the Agents Playground's default user, a curl without a demo
/// aadObjectId) gets the demo-people card instead of "not on my list": who they can be and how to switch.
/// Elsewhere it does nothing, and the plugins answer as they always do.
/// </summary>
public sealed class StrangerReply(IHostEnvironment environment, IOptions<DemoOptions> demo, CaseCoachDbContext db, ICardRenderer cards)
{
    public async Task<bool> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !demo.Value.Seed) return false;
        var aad = turn.UserAadObjectId;
        if (aad is { Length: > 0 and <= 64 } && await db.People.AnyAsync(p => p.AadObjectId == aad, cancellationToken)) return false;
        var people = DemoDirectory.All
            .Select(p => new DemoPersonLine(p.Name, p.Title, p.Email, $"dotnet run --project bot -- playground --as {p.Email}"))
            .ToList();
        turn.SendCard(cards.Render(new DemoPeopleCard(people, PlaygroundConfig.StartCommand)));
        return true;
    }
}
