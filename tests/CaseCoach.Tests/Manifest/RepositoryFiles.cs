namespace CaseCoach.Tests.Manifest;

/// <summary>Finds committed files from the test's output folder, wherever the repository was cloned.</summary>
internal static class RepositoryFiles
{
    public static string Root => Hosting.RepositoryRoot.Path;

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);
}
