namespace CaseCoach.Tests.Manifest;

/// <summary>Finds committed files from the test's output folder, wherever the repository was cloned.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CaseCoach.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException("CaseCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
