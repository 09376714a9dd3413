using Microsoft.Data.Sqlite;

namespace CaseCoach.Benchmarks.Sweeps;

/// <summary>Fast seeding: copies of one template row, inserted by one prepared command inside the caller's transaction.</summary>
internal sealed class SqliteRows : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly Dictionary<string, SqliteParameter> _parameters = [];

    private SqliteRows(SqliteCommand command) => _command = command;

    /// <summary>INSERT INTO table SELECT (template's columns, with <paramref name="varied"/> ones from parameters) WHERE rowid = template.</summary>
    public static SqliteRows CopyOf(SqliteConnection connection, SqliteTransaction transaction, string table, long templateRowId, params string[] varied)
    {
        var columns = Columns(connection, transaction, table).Where(c => c != "Id" || varied.Contains("Id")).ToList();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", columns.Select(c => varied.Contains(c) ? "$" + c : $"t.\"{c}\""))} FROM "{table}" t WHERE t.rowid = {templateRowId}
            """;
        var rows = new SqliteRows(command);
        foreach (var name in varied) rows._parameters[name] = command.Parameters.Add(new SqliteParameter { ParameterName = "$" + name, Value = DBNull.Value });
        command.Prepare();
        return rows;
    }

    /// <summary>A plain prepared INSERT of the named columns.</summary>
    public static SqliteRows Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var rows = new SqliteRows(command);
        foreach (var name in columns) rows._parameters[name] = command.Parameters.Add(new SqliteParameter { ParameterName = "$" + name, Value = DBNull.Value });
        command.Prepare();
        return rows;
    }

    public void Add(params object[] values)
    {
        var i = 0;
        foreach (var parameter in _parameters.Values) parameter.Value = values[i++];
        _command.ExecuteNonQuery();
    }

    public static List<string> Columns(SqliteConnection connection, SqliteTransaction? transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
