using Microsoft.Data.Sqlite;

/// <summary>
/// A scenario's own reads written by hand, for the floor to do before it answers: what reading those rows costs on
/// SQLite at all, apart from what the bot adds around it. Each read is a new command (Microsoft.Data.Sqlite prepares
/// every command anew, as it does for EF) on one pooled connection per request (EF opens one per query: this floor is
/// the kinder), and reads every column of every row, as a materialiser does.
/// </summary>
internal static class RawReads
{
    public static string ConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>Runs <paramref name="sql"/> with $p0, $p1... bound to <paramref name="keys"/>; returns the <paramref name="wanted"/> columns' values, row by row.</summary>
    public static async Task<List<object>> ReadAsync(SqliteConnection connection, string sql, IReadOnlyList<object> keys, string[] wanted, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < keys.Count; i++) command.Parameters.AddWithValue("$p" + i, keys[i]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ordinals = wanted.Select(reader.GetOrdinal).ToArray();
        var found = new List<object>();
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
            found.AddRange(ordinals.Select(reader.GetValue));
        }
        return found;
    }

    /// <summary>"$p0, $p1, ..." for an IN list of <paramref name="count"/> keys.</summary>
    public static string Parameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "$p" + i));
}
