namespace CaseCoach.Tests.Cards;

/// <summary>Locates the source tree from the test binary, so tests use the checked-in corpus and the Node harness.</summary>
internal static class RepoPaths
{
    public static string Root => Hosting.RepositoryRoot.Path;

    public static string CardsTests => Path.Combine(Root, "tests", "CaseCoach.Tests", "Cards");

    public static string Harness => Path.Combine(CardsTests, "js");

    public static string Corpus => Path.Combine(CardsTests, "corpus");

    public static string Expressions => Path.Combine(CardsTests, "expressions");

    public static string TestOutput => Path.Combine(Root, "test-output", "cards");
}
