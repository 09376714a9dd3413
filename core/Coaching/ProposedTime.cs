using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using NodaTime;
using NodaTime.Text;

namespace CaseCoach.Core.Coaching;

/// <summary>A stretch of time to book.</summary>
public sealed record TimeSlot(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// `coaching.proposeTime`'s inputs as the card sends them: proposedDate (yyyy-MM-dd) and proposedTime (HH:mm), read in
/// the proposer's own time zone (the jurisdiction's when theirs is unknown).
/// </summary>
public sealed record ProposedTime(string? Date, string? Time)
{
    public static readonly Refusal Incomplete = new(RefusalCode.Invalid, "coaching-time-incomplete");
    public static readonly Refusal Passed = new(RefusalCode.Invalid, "coaching-time-passed");

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public Result<TimeSlot> Resolve(Person proposer, CoachingParticipants who, Duration length, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(proposer);
        ArgumentNullException.ThrowIfNull(who);
        // Bounded: a date or time longer than its pattern cannot parse, so nothing longer is looked at.
        if (Date is not { Length: <= 10 } || Time is not { Length: <= 5 }) return Incomplete;
        var date = LocalDatePattern.Iso.Parse(Date);
        var clock = Clock.Parse(Time);
        if (!date.Success || !clock.Success) return Incomplete;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(proposer.TimeZone) ?? who.Zone;
        var start = date.Value.At(clock.Value).InZoneLeniently(zone).ToDateTimeOffset();
        if (start <= now) return Passed;
        return Result<TimeSlot>.Done(new(start, start + length.ToTimeSpan()));
    }
}
