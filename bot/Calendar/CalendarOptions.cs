namespace CaseCoach.Bot.Calendar;

/// <summary>Which <see cref="CaseCoach.Core.Scheduling.ICalendarProvider"/> reads free/busy and books sessions.</summary>
public enum CalendarProvider
{
    /// <summary>Busy times from &lt;email&gt;.ics files plus the bot's own bookings; invitations go out as .ics email attachments.</summary>
    Local,
    Graph,
}

/// <summary>The <c>Calendar</c> configuration section.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    public const string DefaultOrganizer = "casecoach@localhost";

    public CalendarProvider Provider { get; set; } = CalendarProvider.Local;

    /// <summary>Defaults to <c>&lt;Data:Folder&gt;/calendars</c> (filled in at bind time).</summary>
    public string LocalFolder { get; set; } = "";

    /// <summary>The ORGANIZER of local invitations; set it to the address the invitation emails come from.</summary>
    public string OrganizerEmail { get; set; } = DefaultOrganizer;

    public GraphCalendarOptions Graph { get; set; } = new();
}

public sealed class GraphCalendarOptions
{
    /// <summary>
    /// UPN or id of the mailbox that organises sessions and asks for free/busy (application permission
    /// Calendars.ReadWrite; an application access policy can limit it to this mailbox).
    /// </summary>
    public string? OrganizerMailbox { get; set; }
}
