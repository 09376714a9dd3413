using System.Globalization;
using System.Text.RegularExpressions;
using CaseCoach.Core.Instruments;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CaseCoach.Core.Organisation.Setup;

/// <summary>
/// Start-up checks of every jurisdiction (R4: its instrument; R13, R20: its calendar; R1, R3: its intake), each
/// message naming the key to fix. Lists are bounded: configuration is outside input too.
/// </summary>
public sealed partial class JurisdictionsOptionsValidator(InstrumentCatalog instruments) : IValidateOptions<JurisdictionsOptions>
{
    private const int MaxListLength = 500;

    public ValidateOptionsResult Validate(string? name, JurisdictionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Jurisdictions.Count > JurisdictionsBinding.MaxJurisdictions)
            failures.Add($"Jurisdictions lists {options.Jurisdictions.Count} entries; at most {JurisdictionsBinding.MaxJurisdictions} are served by one deployment.");
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var j in options.Jurisdictions.Take(JurisdictionsBinding.MaxJurisdictions))
        {
            var at = j.ConfigurationPath;
            if (!KeyPattern().IsMatch(j.Key))
                failures.Add($"Set {at}:Key to a short id of lower-case letters, digits and '-' (e.g. riverside).");
            else if (!keys.TryAdd(j.Key, at))
                failures.Add($"{at}:Key '{j.Key}' is also the key of {keys[j.Key]}; each jurisdiction needs its own key.");
            if (string.IsNullOrWhiteSpace(j.Name) || j.Name.Trim().Length > 200)
                failures.Add($"Set {at}:Name to the jurisdiction's name (at most 200 characters).");
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(j.TimeZone.Trim()) is null)
                failures.Add($"{at}:TimeZone '{j.TimeZone}' is not an IANA time zone id; use one such as America/New_York.");
            if (!TimeOnly.TryParseExact(j.CloseOfBusiness.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                failures.Add($"{at}:CloseOfBusiness '{j.CloseOfBusiness}' is not a time written HH:mm, e.g. 17:00.");
            if (instruments.Find(j.Instrument.Trim()) is null)
                failures.Add($"{at}:Instrument '{j.Instrument}' is not a known instrument; known: {string.Join(", ", instruments.Keys.Order())} (add others in Instruments:Folder).");
            ListOf(failures, at, "Holidays", j.Holidays, h => DateOnly.TryParseExact(h.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), "is not a date written yyyy-MM-dd");
            ListOf(failures, at, "DesignatedRecipients", j.DesignatedRecipients, IsEmail, "is not an email address");
            ListOf(failures, at, "EscalationContacts", j.EscalationContacts, IsEmail, "is not an email address");
            ListOf(failures, at, "Units", j.Units, u => u.Trim().Length is > 0 and <= Unit.NameMaxLength, $"is empty or longer than {Unit.NameMaxLength} characters");
            foreach (var (unit, index) in j.Units.Take(MaxListLength).Select((u, i) => (u.Trim(), i)))
            {
                if (unit.Length > 0 && !units.TryAdd(unit, j.Key) && !string.Equals(units[unit], j.Key, StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{at}:Units:{index} '{unit}' is already served by jurisdiction '{units[unit]}'; a unit belongs to one jurisdiction.");
            }
            if (j.ReviewerCapacity is < 1 or > 200)
                failures.Add($"Set {at}:ReviewerCapacity to the open reviews one reviewer may hold, between 1 and 200 (default {Jurisdiction.DefaultReviewerCapacity}).");
            if (j.AlternateReviewerEvery is < 1 or > 100)
                failures.Add($"Set {at}:AlternateReviewerEvery between 1 (every re-review changes reviewer) and 100 (default {Jurisdiction.DefaultAlternateReviewerEvery}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ListOf(List<string> failures, string at, string field, List<string> values, Func<string, bool> valid, string problem)
    {
        if (values.Count > MaxListLength)
            failures.Add($"{at}:{field} lists {values.Count} entries; at most {MaxListLength}.");
        foreach (var (value, index) in values.Take(MaxListLength).Select((v, i) => (v, i)))
            if (!valid(value)) failures.Add($"{at}:{field}:{index} '{value}' {problem}.");
    }

    private static bool IsEmail(string value)
    {
        try { EmailAddress.Normalise(value, "email"); return true; }
        catch (ArgumentException) { return false; }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex KeyPattern();
}
