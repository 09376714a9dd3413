using Microsoft.Extensions.Configuration;

namespace CaseCoach.Core.Organisation.Setup;

/// <summary>
/// Binds the `Jurisdictions` list by hand because it sits at the root of configuration and each entry must keep
/// its path for error messages. The `demo` entry is skipped unless Demo:Seed is true, so an agency that turns the
/// demo off and sets Jurisdictions__0__... in the environment gets only its own jurisdictions.
/// </summary>
public static class JurisdictionsBinding
{
    public const int MaxJurisdictions = 50;

    public static void Bind(JurisdictionsOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var demo = configuration.GetValue("Demo:Seed", defaultValue: false);
        options.Jurisdictions.Clear();
        foreach (var entry in configuration.GetSection(JurisdictionsOptions.SectionName).GetChildren())
        {
            if (!demo && string.Equals(entry.Key, JurisdictionsOptions.DemoEntry, StringComparison.OrdinalIgnoreCase)) continue;
            var settings = new JurisdictionSettings();
            try { entry.Bind(settings); }
            catch (InvalidOperationException)
            {
                // A value the binder cannot convert (ReviewerCapacity=ten): an invalid entry the validator names.
                settings.ReviewerCapacity = 0;
            }
            settings.ConfigurationPath = entry.Path;
            options.Jurisdictions.Add(settings);
        }
    }
}
