using Microsoft.Data.Sqlite;

/// <summary>
/// A draft save's reads (<c>SaveReviewDraft</c>) by hand, before any write: the reviewer by their Entra id, the review
/// with its answers, its case with the children, the three people, the jurisdiction, and the case's previous completed
/// review with its answers (R3).
/// </summary>
internal sealed class ReviewDraftReads(string file, string reviewerAadObjectId, string reviewKey)
{
    private readonly string connectionString = RawReads.ConnectionString(file);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await RawReads.ReadAsync(connection, """SELECT * FROM "People" WHERE "AadObjectId" = $p0""", [reviewerAadObjectId], [], cancellationToken);
        var review = await RawReads.ReadAsync(connection, """SELECT * FROM "Reviews" WHERE "Key" = $p0""", [reviewKey], ["Id", "CaseId", "ReviewerId", "JurisdictionId"], cancellationToken);
        await RawReads.ReadAsync(connection, """SELECT * FROM "ReviewAnswers" WHERE "ReviewId" = $p0""", [review[0]], [], cancellationToken);
        var @case = await RawReads.ReadAsync(connection, """SELECT * FROM "Cases" WHERE "Id" = $p0""", [review[1]], ["CaseworkerId", "SupervisorId"], cancellationToken);
        await RawReads.ReadAsync(connection, """SELECT * FROM "Children" WHERE "CaseId" = $p0""", [review[1]], [], cancellationToken);
        var people = @case.Append(review[2]).Distinct().ToList();
        await RawReads.ReadAsync(connection, $"""SELECT * FROM "People" WHERE "Id" IN ({RawReads.Parameters(people.Count)})""", people, [], cancellationToken);
        await RawReads.ReadAsync(connection, """SELECT * FROM "Jurisdictions" WHERE "Id" = $p0""", [review[3]], [], cancellationToken);
        var previous = await RawReads.ReadAsync(connection, """
            SELECT r."Id", r."CompletedAt", p."Name" FROM "Reviews" r JOIN "People" p ON p."Id" = r."ReviewerId"
            WHERE r."CaseId" = $p0 AND r."Id" <> $p1 AND r."CompletedAt" IS NOT NULL AND r."Purpose" = 'Regular'
            ORDER BY r."CompletedAt" DESC, r."Id" DESC LIMIT 1
            """, [review[1], review[0]], ["Id"], cancellationToken);
        if (previous.Count > 0)
            await RawReads.ReadAsync(connection, """SELECT "QuestionId", "Value", "Comment", "ResolvedDuringCoachingOn" FROM "ReviewAnswers" WHERE "ReviewId" = $p0""", [previous[0]], [], cancellationToken);
    }
}
