namespace CaseCoach.Tests.Cards;

/// <summary>Locates the source tree from the test binary, so tests use the checked-in corpus and the Node harness.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string CardsTests => Path.Combine(Root, "tests", "CaseCoach.Tests", "Cards");

    public static string Harness => Path.Combine(CardsTests, "js");

    public static string Corpus => Path.Combine(CardsTests, "corpus");

    public static string TestOutput => Path.Combine(Root, "test-output", "cards");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseCoach.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find CaseCoach.slnx above the test binary.");
    }
}
