using Microsoft.Data.Sqlite;

/// <summary>
/// A card refresh's reads (<c>ShowChecklist</c>) by hand: the opener by their Entra id, the coaching record, its case,
/// its items, the people on it and the jurisdiction.
/// </summary>
internal sealed class ChecklistReads(string file, string openerAadObjectId, string coachingRecordId)
{
    private readonly string connectionString = RawReads.ConnectionString(file);
    private readonly string recordId = coachingRecordId.ToUpperInvariant(); // EF stores a Guid as upper-case text

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await RawReads.ReadAsync(connection, """SELECT * FROM "People" WHERE "AadObjectId" = $p0""", [openerAadObjectId], [], cancellationToken);
        var record = await RawReads.ReadAsync(connection, """SELECT * FROM "CoachingRecord" WHERE "Id" = $p0""", [recordId], ["CaseId", "ReviewerId"], cancellationToken);
        var @case = await RawReads.ReadAsync(connection, """SELECT * FROM "Cases" WHERE "Id" = $p0""", [record[0]], ["CaseworkerId", "SupervisorId"], cancellationToken);
        var owners = await RawReads.ReadAsync(connection, """SELECT * FROM "ActionItem" WHERE "CoachingRecordId" = $p0""", [recordId], ["OwnerId"], cancellationToken);
        var people = owners.Concat(@case).Append(record[1]).Distinct().ToList();
        await RawReads.ReadAsync(connection, $"""SELECT * FROM "People" WHERE "Id" IN ({RawReads.Parameters(people.Count)})""", people, [], cancellationToken);
        await RawReads.ReadAsync(connection, """SELECT * FROM "Jurisdictions" ORDER BY "Id" LIMIT 1""", [], [], cancellationToken);
    }
}
