namespace CaseCoach.Cards.Home;

/// <summary>One command the bot understands, as listed on the welcome and help cards.</summary>
public sealed record CommandHelp(string Name, string Description);

/// <summary>First install: what the bot does and the commands to try (welcome.json).</summary>
public sealed record WelcomeCard(string FirstName, string OrganizationName, IReadOnlyList<CommandHelp> Commands) : ICardModel
{
    public static string TemplateName => "welcome";
}
