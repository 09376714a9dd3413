namespace CaseCoach.Core.Coaching;

/// <summary>R16: an attendee as documented (name and title at the time of the session, kept even if they change later).</summary>
public sealed class CoachingAttendee
{
    private CoachingAttendee() { }

    public CoachingAttendee(long personId, string name, string title)
    {
        PersonId = personId;
        Name = name;
        Title = title;
    }

    public long PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public string Title { get; private set; } = "";
}
