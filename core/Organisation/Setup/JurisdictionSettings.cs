namespace CaseCoach.Core.Organisation.Setup;

/// <summary>
/// One entry of the `Jurisdictions` configuration list, as the binder fills it (strings, so a typo is reported
/// by key at start-up instead of failing inside the binder).
/// </summary>
public sealed class JurisdictionSettings
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public string CloseOfBusiness { get; set; } = "17:00";
    public string Instrument { get; set; } = "";
    public List<string> Holidays { get; set; } = [];
    public List<string> DesignatedRecipients { get; set; } = [];
    public List<string> EscalationContacts { get; set; } = [];
    public bool PlaceTentativeHold { get; set; }
    public List<string> Units { get; set; } = [];
    public int ReviewerCapacity { get; set; } = Jurisdiction.DefaultReviewerCapacity;
    public int AlternateReviewerEvery { get; set; } = Jurisdiction.DefaultAlternateReviewerEvery;

    /// <summary>Where the entry sits in configuration (e.g. Jurisdictions:0), so messages name the key to fix.</summary>
    public string ConfigurationPath { get; set; } = "";
}

/// <summary>The whole `Jurisdictions` section. Bound by <see cref="JurisdictionsBinding"/>, validated at start-up.</summary>
public sealed class JurisdictionsOptions
{
    public const string SectionName = "Jurisdictions";

    /// <summary>The child of the section that holds the demo jurisdiction (appsettings.Development.json); used only while Demo:Seed is true.</summary>
    public const string DemoEntry = "demo";

    public List<JurisdictionSettings> Jurisdictions { get; set; } = [];
}
