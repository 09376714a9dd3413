using CaseCoach.Core.Persistence;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// The databases the persistence, outbox, sweep and two-instance tests run on: SQLite, the embedded
/// default, and PostgreSQL, a server database whose writers really run side by side (SQLite serialises
/// them and hides races). SQL Server cannot run on these machines; its migrations are checked without one.
/// </summary>
public static class Databases
{
    public static TheoryData<DatabaseProvider> Both => new(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql);
}
