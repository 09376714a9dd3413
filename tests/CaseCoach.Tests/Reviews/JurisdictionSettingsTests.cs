using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation.Setup;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CaseCoach.Tests.Reviews;

/// <summary>The `Jurisdictions` section (R4: instrument; R1, R3: intake): validated naming the key, applied by key at start.</summary>
public sealed class JurisdictionSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> Riverside = new()
    {
        ["Jurisdictions:0:Key"] = "riverside",
        ["Jurisdictions:0:Name"] = "Riverside County",
        ["Jurisdictions:0:TimeZone"] = "America/New_York",
        ["Jurisdictions:0:Instrument"] = "sustainable-permanency",
        ["Jurisdictions:0:Units:0"] = "North Unit",
    };

    private static JurisdictionsOptions Bind(IEnumerable<KeyValuePair<string, string?>> values)
    {
        var options = new JurisdictionsOptions();
        JurisdictionsBinding.Bind(options, new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return options;
    }

    private static IEnumerable<string> Failures(params (string Key, string? Value)[] changes) =>
        new JurisdictionsOptionsValidator(InstrumentCatalog.LoadEmbedded())
            .Validate(null, Bind(Riverside.Concat(changes.Select(c => KeyValuePair.Create(c.Key, c.Value))).GroupBy(p => p.Key).Select(g => g.Last())))
            .Failures ?? [];

    [Fact]
    public void A_complete_jurisdiction_set_as_environment_variables_would_is_valid_with_the_defaults()
    {
        var options = Bind(Riverside);

        Assert.Empty(Failures());
        var riverside = Assert.Single(options.Jurisdictions);
        Assert.Equal((10, 4, "Jurisdictions:0"), (riverside.ReviewerCapacity, riverside.AlternateReviewerEvery, riverside.ConfigurationPath));
    }

    [Theory]
    [InlineData("Jurisdictions:0:TimeZone", "Mars/Olympus", "Jurisdictions:0:TimeZone 'Mars/Olympus' is not an IANA time zone id")]
    [InlineData("Jurisdictions:0:Instrument", "cheese", "Jurisdictions:0:Instrument 'cheese' is not a known instrument")]
    [InlineData("Jurisdictions:0:Holidays:0", "25/12/2026", "Jurisdictions:0:Holidays:0 '25/12/2026' is not a date")]
    [InlineData("Jurisdictions:0:CloseOfBusiness", "5pm", "Jurisdictions:0:CloseOfBusiness '5pm'")]
    [InlineData("Jurisdictions:0:DesignatedRecipients:0", "qa team", "Jurisdictions:0:DesignatedRecipients:0 'qa team' is not an email address")]
    [InlineData("Jurisdictions:0:ReviewerCapacity", "0", "Jurisdictions:0:ReviewerCapacity")]
    public void A_bad_value_is_refused_naming_the_key(string key, string value, string message) =>
        Assert.Contains(Failures((key, value)), f => f.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void A_duplicate_key_and_a_unit_claimed_by_two_jurisdictions_are_refused_naming_both()
    {
        (string, string?)[] second = [("Jurisdictions:1:Name", "Copy"), ("Jurisdictions:1:TimeZone", "UTC"), ("Jurisdictions:1:Instrument", "rapid-safety-feedback")];

        var sameKey = Failures([.. second, ("Jurisdictions:1:Key", "riverside")]);
        var sameUnit = Failures([.. second, ("Jurisdictions:1:Key", "lakeside"), ("Jurisdictions:1:Units:0", "north unit")]);

        Assert.Contains(sameKey, f => f.Contains("Jurisdictions:1:Key 'riverside' is also the key of Jurisdictions:0", StringComparison.Ordinal));
        Assert.Contains(sameUnit, f => f.Contains("Jurisdictions:1:Units:0 'north unit' is already served by jurisdiction 'riverside'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_demo_entry_counts_only_while_Demo_Seed_is_true()
    {
        var demo = new Dictionary<string, string?> { ["Jurisdictions:demo:Key"] = "riverside", ["Jurisdictions:0:Key"] = "lakeside" };

        Assert.Equal(["lakeside"], Bind(demo).Jurisdictions.Select(j => j.Key));
        Assert.Equal(2, Bind(demo.Append(KeyValuePair.Create("Demo:Seed", (string?)"true"))).Jurisdictions.Count);
    }

    [Fact]
    public async Task Settings_are_upserted_by_key_and_a_dropped_jurisdiction_keeps_its_row_but_takes_no_new_work()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        var lakeside = Riverside.Select(p => KeyValuePair.Create(p.Key.Replace("Jurisdictions:0", "Jurisdictions:1", StringComparison.Ordinal), p.Value))
            .Select(p => p.Key.EndsWith(":Key", StringComparison.Ordinal) ? KeyValuePair.Create(p.Key, (string?)"lakeside")
                : p.Key.EndsWith("Units:0", StringComparison.Ordinal) ? KeyValuePair.Create(p.Key, (string?)"East Unit") : p);
        await ApplyAsync(database, Riverside.Concat(lakeside));

        await ApplyAsync(database, Riverside.Append(KeyValuePair.Create("Jurisdictions:0:ReviewerCapacity", (string?)"3")));

        await using var db = database.CreateContext();
        var stored = await db.Jurisdictions.OrderBy(j => j.Key).ToListAsync(Ct);
        Assert.Equal(["lakeside", "riverside"], stored.Select(j => j.Key));
        Assert.False(stored[0].TakesNewWork);
        Assert.True(stored[1].TakesNewWork);
        Assert.Equal(3, stored[1].ReviewerCapacity);
        var units = await db.Units.OrderBy(u => u.Name).ToListAsync(Ct);
        Assert.Equal([null, stored[1].Id], units.Select(u => u.JurisdictionId)); // East Unit left lakeside; North Unit is riverside's
    }

    [Fact]
    public void A_supplied_instrument_in_Instruments_Folder_loads_beside_the_embedded_ones_and_a_broken_one_names_its_file_R4()
    {
        var folder = Directory.CreateTempSubdirectory("casecoach-instruments-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "family-team.json"),
                """{"key":"family-team","name":"Family Team Review","model":"permanency","questions":[{"id":"f1","text":"Was the family team met?","considerations":["Who attended."]}]}""");
            Assert.Equal("Family Team Review", InstrumentsOptions.Load(folder).Get("family-team").Name);

            File.WriteAllText(Path.Combine(folder, "broken.json"), """{"key":"broken","name":"Broken","model":"safety","questions":[{"id":"b1","text":""}]}""");
            var failure = Assert.Single(new InstrumentsOptionsValidator().Validate(null, new InstrumentsOptions { Folder = folder }).Failures!);
            Assert.Contains("broken.json", failure, StringComparison.Ordinal);
            Assert.Contains("questions[0].text", failure, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ApplyAsync(TestDatabase database, IEnumerable<KeyValuePair<string, string?>> values)
    {
        await using var db = database.CreateContext();
        await new ApplyJurisdictionSettings(db).HandleAsync(Bind(values).Jurisdictions, Ct);
    }
}
