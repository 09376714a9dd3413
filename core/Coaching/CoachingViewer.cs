namespace CaseCoach.Core.Coaching;

/// <summary>Whose view of the coaching poll a card shows (the card's refresh gives each opener their own).</summary>
public enum CoachingViewer
{
    /// <summary>Not an attendee: sees nothing.</summary>
    None,

    /// <summary>The case's supervisor: picks the time, and sees which times the caseworker marked as working.</summary>
    Picker,

    /// <summary>The caseworker: marks which offered times work for them (R13); books nothing.</summary>
    Caseworker,

    /// <summary>The reviewer and the QA supervisor: where the request stands.</summary>
    QualityTeam,

    /// <summary>The card shared by everyone on the request email, before Outlook's refresh shows the opener's own.</summary>
    Everyone,
}
