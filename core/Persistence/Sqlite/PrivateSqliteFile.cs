namespace CaseCoach.Core.Persistence.Sqlite;

/// <summary>
/// Creates the SQLite file, and its folder when missing, readable by the bot's user only (0600 / 0700 on
/// Unix) before SQLite first opens it: SQLite would create the file 0644, and it gives the -wal and -shm
/// files the main file's permissions, so a private main file keeps all three private. The file holds
/// case and family details. An existing file keeps the permissions its operator gave it.
/// </summary>
internal static class PrivateSqliteFile
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
                Directory.CreateDirectory(folder);
            else
                Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        if (File.Exists(databasePath))
            return;

        // An empty file is a valid, empty SQLite database.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnlyFile;
        try
        {
            using var created = new FileStream(databasePath, options);
        }
        catch (IOException) when (File.Exists(databasePath))
        {
            // Another instance or CLI verb created it first, with the same permissions.
        }
    }
}
