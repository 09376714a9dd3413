using CaseCoach.Bot.Mail;
using Ical.Net.CalendarComponents;
using IcalCalendar = Ical.Net.Calendar;

namespace CaseCoach.Bot.Calendar;

/// <summary>
/// The local calendar's own bookings, one .ics file per idempotency key under <c>bookings/</c>, so a restarted bot
/// still counts them as busy and can update or cancel them. Writes are atomic and readable by the service only.
/// </summary>
internal sealed class LocalBookingStore(string calendarFolder)
{
    private string Folder => Path.Combine(Path.GetFullPath(calendarFolder), "bookings");

    public async Task<(string Text, CalendarEvent Event)?> ReadAsync(string eventId, CancellationToken cancellationToken)
    {
        var path = PathFor(eventId);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var calendarEvent = IcalCalendar.Load(text)?.Events.FirstOrDefault();
        return calendarEvent is null ? null : (text, calendarEvent);
    }

    public async Task<List<IcalCalendar>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var bookings = new List<IcalCalendar>();
        if (!Directory.Exists(Folder))
        {
            return bookings;
        }

        foreach (var path in Directory.EnumerateFiles(Folder, "*.ics").Order(StringComparer.Ordinal))
        {
            var calendar = IcalCalendar.Load(await File.ReadAllTextAsync(path, cancellationToken));
            if (calendar is not null)
            {
                bookings.Add(calendar);
            }
        }

        return bookings;
    }

    public async Task WriteAsync(string eventId, string text, CancellationToken cancellationToken)
    {
        // Like the files in it, the folder is the service account's only.
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(Folder);
        else
            Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = PathFor(eventId);
        // Same folder, so the rename is atomic; the *.tmp name is skipped by ReadAllAsync.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                // Subjects and attendees are confidential: readable by the service account only.
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(temp, fileOptions))
            await using (var writer = new StreamWriter(stream))
            {
                await writer.WriteAsync(text.AsMemory(), cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private string PathFor(string eventId) => Path.Combine(Folder, IdempotencyToken.From(eventId) + ".ics");
}
