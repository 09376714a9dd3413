namespace CaseCoach.Bot.Cli;

/// <summary>
/// Resolves a relative output path against the directory the person typed the command in.
/// `dotnet run --project bot` starts a web project in its project folder, so the current directory is
/// bot/ even when the command was typed at the repository root; POSIX shells still pass that original
/// directory in PWD. Where PWD is absent (e.g. Windows), the current directory is used.
/// </summary>
public static class CallerPath
{
    public static string Resolve(string path, Func<string, string?>? environment = null)
    {
        if (Path.IsPathRooted(path))
            return path;
        var shellDirectory = (environment ?? Environment.GetEnvironmentVariable)("PWD");
        var baseDirectory = shellDirectory is not null && Path.IsPathRooted(shellDirectory) && Directory.Exists(shellDirectory)
            ? shellDirectory
            : Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(baseDirectory, path));
    }
}
