namespace CaseCoach.Core.Organisation;

/// <summary>
/// A county, circuit or state: it owns the calendar that business-day rules (R13, R17, R20, R22)
/// are counted in, the instrument its reviews use (R4) and the people copied on emails (R9, R17).
/// </summary>
public sealed class Jurisdiction
{
    private Jurisdiction() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string TimeZone { get; private set; } = "";
    public TimeOnly CloseOfBusiness { get; private set; }
    public string InstrumentKey { get; private set; } = "";
    public DateOnly[] Holidays { get; private set; } = [];
    public string[] DesignatedRecipientEmails { get; private set; } = [];
    public string[] EscalationContactEmails { get; private set; } = [];

    /// <summary>R10: some jurisdictions place a tentative coaching hold when a review starts.</summary>
    public bool PlacesTentativeCoachingHold { get; private set; }

    /// <summary>R1: how many open reviews each reviewer holds at most; intake fills free capacity, highest score first.</summary>
    public int ReviewerCapacity { get; private set; } = DefaultReviewerCapacity;

    /// <summary>R3: every Nth re-review of a case goes to another reviewer (1 = every time); the others keep the same reviewer.</summary>
    public int AlternateReviewerEvery { get; private set; } = DefaultAlternateReviewerEvery;

    /// <summary>False once the jurisdiction is dropped from configuration: its history stays, it takes no new work.</summary>
    public bool TakesNewWork { get; private set; } = true;

    public const int DefaultReviewerCapacity = 10;
    public const int DefaultAlternateReviewerEvery = 4;

    public static Jurisdiction Create(
        string key, string name, string timeZone, TimeOnly closeOfBusiness, string instrumentKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var jurisdiction = new Jurisdiction { Key = key.Trim(), Name = name.Trim() };
        jurisdiction.MoveToTimeZone(timeZone);
        jurisdiction.CloseBusinessAt(closeOfBusiness);
        jurisdiction.UseInstrument(instrumentKey);
        return jurisdiction;
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void MoveToTimeZone(string timeZone) => TimeZone = IanaTimeZone.Require(timeZone, nameof(timeZone));

    public void CloseBusinessAt(TimeOnly closeOfBusiness) => CloseOfBusiness = closeOfBusiness;

    /// <summary>R4: instruments are data a jurisdiction picks; the key names one.</summary>
    public void UseInstrument(string instrumentKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instrumentKey);
        InstrumentKey = instrumentKey.Trim();
    }

    /// <summary>Holidays are not business days; kept sorted so the business calendar can search them.</summary>
    public void SetHolidays(IEnumerable<DateOnly> holidays) => Holidays = holidays.Distinct().Order().ToArray();

    /// <summary>R9, R17: designated parties copied on no-coaching-needed and action-item emails.</summary>
    public void SetDesignatedRecipients(IEnumerable<string> emails) =>
        DesignatedRecipientEmails = EmailAddress.NormaliseAll(emails, nameof(emails));

    /// <summary>R22: who hears about an accountability staffing beyond the program director.</summary>
    public void SetEscalationContacts(IEnumerable<string> emails) =>
        EscalationContactEmails = EmailAddress.NormaliseAll(emails, nameof(emails));

    /// <summary>R10: whether starting a review also places a tentative coaching hold.</summary>
    public void PlaceTentativeCoachingHolds(bool place) => PlacesTentativeCoachingHold = place;

    /// <summary>R1, R3: capacity and alternation, as configured (Jurisdictions:N:ReviewerCapacity, AlternateReviewerEvery).</summary>
    public void SetIntake(int reviewerCapacity, int alternateReviewerEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewerCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(alternateReviewerEvery, 1);
        ReviewerCapacity = reviewerCapacity;
        AlternateReviewerEvery = alternateReviewerEvery;
    }

    public void StopTakingNewWork() => TakesNewWork = false;

    public void TakeNewWork() => TakesNewWork = true;
}
