using CaseCoach.Bot.Calendar;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Mail;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Tests.Persistence;

/// <summary>Issue 15 item 5: what the bot writes to disk holds case details, so only its own user may read it.</summary>
public sealed class PrivateFilesTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    // A parent that exists, and a data folder under it that the bot has to create.
    private readonly string parent = Directory.CreateTempSubdirectory("casecoach-private-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DataFolder => Path.Combine(parent, "data");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestDatabase.DeleteFolder(parent);
    }

    [Fact]
    public async Task The_sqlite_file_its_wal_and_shm_and_a_new_data_folder_are_readable_by_the_bots_user_only()
    {
        var factory = new CaseCoachDbContextFactory(Options.Create(new DatabaseOptions { DataFolder = DataFolder }));
        await using var db = factory.CreateDbContext();
        await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
        // An open connection after a write keeps the WAL and shared-memory files in place.
        await db.Database.OpenConnectionAsync(Ct);
        new OutboxWriter(db, TimeProvider.System).Enqueue("email", "private-files", new { to = "nobody" });
        await db.SaveChangesAsync(Ct);

        var file = Path.Combine(DataFolder, DatabaseOptions.SqliteFileName);
        Assert.Equal(OwnerOnlyFolder, ModeOf(DataFolder));
        Assert.Equal(OwnerOnlyFile, ModeOf(file));
        Assert.Equal(OwnerOnlyFile, ModeOf(file + "-wal"));
        Assert.Equal(OwnerOnlyFile, ModeOf(file + "-shm"));
    }

    [Fact]
    public async Task The_eml_outbox_folder_and_its_files_are_readable_by_the_bots_user_only()
    {
        using var services = MailServices.Build(new Dictionary<string, string?> { ["Data:Folder"] = DataFolder });

        await services.GetRequiredService<IMailSender>().SendAsync(new EmailBuilder().Build(), Ct);

        var outbox = Path.Combine(DataFolder, "outbox");
        Assert.Equal(OwnerOnlyFolder, ModeOf(outbox));
        Assert.All(Directory.GetFiles(outbox), eml => Assert.Equal(OwnerOnlyFile, ModeOf(eml)));
        Assert.NotEmpty(Directory.GetFiles(outbox, "*.eml"));
    }

    [Fact]
    public async Task The_local_calendars_bookings_folder_and_files_are_readable_by_the_bots_user_only()
    {
        var calendars = Path.Combine(DataFolder, "calendars");

        await new LocalBookingStore(calendars).WriteAsync("coaching-1", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", Ct);

        var bookings = Path.Combine(calendars, "bookings");
        Assert.Equal(OwnerOnlyFolder, ModeOf(bookings));
        Assert.All(Directory.GetFiles(bookings), ics => Assert.Equal(OwnerOnlyFile, ModeOf(ics)));
    }

    private static UnixFileMode ModeOf(string path) => OperatingSystem.IsWindows()
        ? throw new PlatformNotSupportedException("Unix permissions only")
        : File.GetUnixFileMode(path);
}
