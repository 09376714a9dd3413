namespace CaseCoach.Tests.Hosting;

/// <summary>The checked-out source tree, found from the test binary (the folder holding CaseCoach.slnx).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CaseCoach.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException("CaseCoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
