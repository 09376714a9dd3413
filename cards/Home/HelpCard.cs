namespace CaseCoach.Cards.Home;

/// <summary>The commands list (help.json); an empty support contact hides the line.</summary>
public sealed record HelpCard(IReadOnlyList<CommandHelp> Commands, string SupportContact) : ICardModel
{
    public static string TemplateName => "help";
}
