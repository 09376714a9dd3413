using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Tests.Scheduling;

/// <summary>A coaching team in New York with empty calendars; tests add the busy times and rules they need.</summary>
internal sealed class SlotSearchBuilder
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public const string QaSupervisor = "qa.supervisor@contoso.test";
    public const string Reviewer = "reviewer@contoso.test";
    public const string Caseworker = "caseworker@contoso.test";
    public const string Supervisor = "supervisor@contoso.test";

    private readonly List<(AttendeeRole Role, string Email, WorkingHours Hours, List<BusyBlock> Busy)> people = [];
    private readonly List<LocalDate> holidays = [];
    private Instant completed = At(2026, 3, 2, 9, 0);
    private Instant? now;
    private bool safety;
    private int maxCandidates = 10;

    /// <summary>The four people R11 invites, all working Monday to Friday, 08:30-17:00 New York time.</summary>
    public static SlotSearchBuilder CoachingTeam() => new SlotSearchBuilder()
        .With(AttendeeRole.QaSupervisor, QaSupervisor)
        .With(AttendeeRole.Reviewer, Reviewer)
        .With(AttendeeRole.Caseworker, Caseworker)
        .With(AttendeeRole.Supervisor, Supervisor);

    public static Instant At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public SlotSearchBuilder With(AttendeeRole role, string email, WorkingHours? hours = null)
    {
        people.Add((role, email, hours ?? WorkingHours.Default(NewYork), []));
        return this;
    }

    public SlotSearchBuilder Without(string email)
    {
        people.RemoveAll(p => p.Email == email);
        return this;
    }

    public SlotSearchBuilder Busy(string email, Instant from, Instant to)
    {
        people.Single(p => p.Email == email).Busy.Add(new BusyBlock(from, to));
        return this;
    }

    public SlotSearchBuilder CompletedAt(Instant instant)
    {
        completed = instant;
        return this;
    }

    public SlotSearchBuilder Now(Instant instant)
    {
        now = instant;
        return this;
    }

    public SlotSearchBuilder SafetyConcern()
    {
        safety = true;
        return this;
    }

    public SlotSearchBuilder Holiday(LocalDate date)
    {
        holidays.Add(date);
        return this;
    }

    public SlotSearchBuilder MaxCandidates(int max)
    {
        maxCandidates = max;
        return this;
    }

    public SlotSearch Build() => new(
        [.. people.Select(p => new SlotAttendee(p.Role, new AttendeeAvailability(p.Email, [.. p.Busy], p.Hours)))],
        new BusinessCalendar(NewYork, holidays),
        completed,
        now ?? completed,
        safety)
    {
        MaxCandidates = maxCandidates,
    };

    public SlotSearchResult Find() => SlotFinder.Find(Build());
}
