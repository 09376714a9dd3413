using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.ActionItems;

/// <summary>One item in a chat notice: what, and how due it is in the reader's own day.</summary>
public sealed record DueItemLine(string Description, string DuePhrase);

/// <summary>R20: the friendly reminder on the business day before the due date (text/action-items-reminder.liquid).</summary>
public sealed record ActionItemsReminderText(string CaseName, IReadOnlyList<DueItemLine> Items) : ITextModel
{
    public static string TemplateName => "action-items-reminder";
}

/// <summary>R20: the notice on the day the items became overdue (text/action-items-overdue.liquid).</summary>
public sealed record ActionItemsOverdueText(string CaseName, IReadOnlyList<DueItemLine> Items) : ITextModel
{
    public static string TemplateName => "action-items-overdue";
}

/// <summary>R23: which staffing this is for the worker and the unit; a warning sign, never a score.</summary>
public sealed record StaffingRepeatWarningText(int ForCaseworker, int ForUnit) : ITextModel
{
    public static string TemplateName => "staffing-repeat-warning";
}

/// <summary>R22: the line the escalation card shows once the staffing is booked, in the reader's time zone.</summary>
public sealed record StaffingBookedText(string StartText) : ITextModel
{
    public static string TemplateName => "staffing-booked";
}

/// <summary>R22: the calendar title's model carries the case number only, so the title can never name the family.</summary>
public sealed record StaffingTitle(string CaseNumber) : ITextModel
{
    public static string TemplateName => "staffing-title";
}

/// <summary>R22: the invitation's body (not a title: the case name may appear in it).</summary>
public sealed record StaffingBody(string CaseName, IReadOnlyList<string> OverdueItems) : ITextModel
{
    public static string TemplateName => "staffing-body";
}

/// <summary>R17: the appreciation when the reviewer wrote none.</summary>
public sealed record DefaultAppreciationText : ITextModel
{
    public static string TemplateName => "action-items-default-appreciation";
}

/// <summary>R21: who the overdue email names when no program director is on record.</summary>
public sealed record ProgramDirectorFallbackText : ITextModel
{
    public static string TemplateName => "program-director-fallback";
}

/// <summary>R18-R20: an item's status line (text/action-item-status.liquid); the standing is decided in core.</summary>
public sealed record ItemStatusText(string Standing, string SendBackReason) : ITextModel
{
    public static string TemplateName => "action-item-status";

    public static ItemStatusText Of(Core.ActionItems.ActionItem item, Core.ActionItems.ActionItemClock clock)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(Core.ActionItems.ItemStandings.Of(item, clock).ToString(), item.SendBackReason ?? "");
    }
}

/// <summary>
/// "due in 3 days", "due today", "2 days overdue" (text/due-phrase.liquid): counted in calendar days from the
/// viewer's own today (their time zone), so a supervisor in another zone reads the same item the way their day looks.
/// </summary>
public sealed record DuePhraseText(int Days, bool IsOpen) : ITextModel
{
    public static string TemplateName => "due-phrase";

    public static DuePhraseText For(DateOnly dueOn, bool isOpen, DateTimeOffset now, string viewerTimeZone)
    {
        var zone = Core.Scheduling.ZoneNames.FindOrUtc(viewerTimeZone);
        var today = NodaTime.Instant.FromDateTimeOffset(now).InZone(zone).Date.ToDateOnly();
        return new(dueOn.DayNumber - today.DayNumber, isOpen);
    }
}

/// <summary>R16: a case in the coaching-record case picker, "Rivera family (RC-1001)".</summary>
/// <summary>R15: a question answered No, offered on the coaching record as resolved in the session (coaching-record-resolvable-choice.liquid).</summary>
public sealed record ResolvableChoiceText(int Number, string Text) : ITextModel
{
    public static string TemplateName => "coaching-record-resolvable-choice";
}

public sealed record CaseChoiceText(string CaseName, string CaseNumber) : ITextModel
{
    public static string TemplateName => "coaching-record-case-choice";
}

/// <summary>R16: an item owner in the coaching-record form, with their part in the case.</summary>
public sealed record OwnerChoiceText(string Name, bool IsCaseworker) : ITextModel
{
    public static string TemplateName => "coaching-record-owner-choice";
}

/// <summary>`my tasks` when no checklist waits on the person (text/my-tasks-nothing.liquid).</summary>
public sealed record MyTasksNothingText : ITextModel
{
    public static string TemplateName => "my-tasks-nothing";
}

/// <summary>`my tasks` when more sessions wait than one answer shows (text/my-tasks-more.liquid).</summary>
public sealed record MyTasksMoreText(int Shown, int More) : ITextModel
{
    public static string TemplateName => "my-tasks-more";
}

/// <summary>R16: a booked session waiting for its record, in the `record coaching` list.</summary>
public sealed record SessionChoiceText(string CaseName, string CaseNumber, string When, string Attendees) : ITextModel
{
    public static string TemplateName => "coaching-record-session-choice";
}

/// <summary>R15, R16: the line a form for a booked session opens with: when it was, and the review it followed.</summary>
public sealed record SessionLabelText(string When, string ReviewedOn) : ITextModel
{
    public static string TemplateName => "coaching-record-session-label";
}
