namespace CaseCoach.Cards.Demo;

/// <summary>One demo person on the "who you can be" card, with the command that signs the Playground in as them.</summary>
public sealed record DemoPersonLine(string Name, string Title, string Email, string SwitchCommand);

/// <summary>
/// Development only (demo-people.json): the sender is not a known person, so instead of "not on my list" the card
/// says who they can be and how to switch. The email tells nothing about a case; names are fictional demo people.
/// </summary>
public sealed record DemoPeopleCard(IReadOnlyList<DemoPersonLine> People, string StartCommand) : ICardModel
{
    public static string TemplateName => "demo-people";
}
