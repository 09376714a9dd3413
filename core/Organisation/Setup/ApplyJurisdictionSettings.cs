using System.Globalization;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Organisation.Setup;

/// <summary>What applying the configured jurisdictions changed.</summary>
public sealed record JurisdictionSetupResult(int Added, int Updated, IReadOnlyList<string> Retired);

/// <summary>
/// Writes the validated `Jurisdictions` settings to the database (upsert by key). A jurisdiction dropped from
/// configuration keeps its history but takes no new work; its units leave it. With no jurisdiction configured,
/// the database is left as it is (a deployment set up before configuration existed keeps working).
/// </summary>
public sealed class ApplyJurisdictionSettings(CaseCoachDbContext db)
{
    public async Task<JurisdictionSetupResult> HandleAsync(IReadOnlyList<JurisdictionSettings> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Count == 0) return new(0, 0, []);
        return await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var stored = await db.Jurisdictions.ToListAsync(ct);
            var units = await db.Units.ToListAsync(ct);
            var configured = new List<(Jurisdiction Jurisdiction, JurisdictionSettings Settings)>();
            var added = 0;
            foreach (var s in settings)
            {
                var jurisdiction = stored.FirstOrDefault(j => string.Equals(j.Key, s.Key.Trim(), StringComparison.OrdinalIgnoreCase));
                if (jurisdiction is null)
                {
                    jurisdiction = Jurisdiction.Create(s.Key, s.Name, s.TimeZone, Time(s.CloseOfBusiness), s.Instrument);
                    db.Jurisdictions.Add(jurisdiction);
                    added++;
                }
                Configure(jurisdiction, s);
                configured.Add((jurisdiction, s));
            }
            var retired = stored.Where(j => configured.All(c => c.Jurisdiction != j) && j.TakesNewWork).ToList();
            foreach (var gone in retired) gone.StopTakingNewWork();
            await db.SaveChangesAsync(ct); // ids for the new jurisdictions, which units point at

            var claimed = new HashSet<Unit>();
            foreach (var (jurisdiction, s) in configured)
            {
                foreach (var name in s.Units.Select(u => u.Trim()).Where(u => u.Length > 0))
                {
                    var unit = units.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
                    if (unit is null)
                    {
                        db.Units.Add(unit = Unit.Create(name));
                        units.Add(unit);
                    }
                    unit.BelongTo(jurisdiction);
                    claimed.Add(unit);
                }
            }
            foreach (var unit in units.Where(u => u.JurisdictionId is not null && !claimed.Contains(u))) unit.LeaveJurisdiction();
            await db.SaveChangesAsync(ct);
            return new JurisdictionSetupResult(added, configured.Count - added, retired.Select(j => j.Key).ToList());
        }, cancellationToken);
    }

    private static void Configure(Jurisdiction jurisdiction, JurisdictionSettings s)
    {
        jurisdiction.Rename(s.Name);
        jurisdiction.MoveToTimeZone(s.TimeZone);
        jurisdiction.CloseBusinessAt(Time(s.CloseOfBusiness));
        jurisdiction.UseInstrument(s.Instrument);
        jurisdiction.SetHolidays(s.Holidays.Select(h => DateOnly.ParseExact(h.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        jurisdiction.SetDesignatedRecipients(s.DesignatedRecipients);
        jurisdiction.SetEscalationContacts(s.EscalationContacts);
        jurisdiction.PlaceTentativeCoachingHolds(s.PlaceTentativeHold);
        jurisdiction.SetIntake(s.ReviewerCapacity, s.AlternateReviewerEvery);
        jurisdiction.TakeNewWork();
    }

    private static TimeOnly Time(string hhmm) => TimeOnly.ParseExact(hhmm.Trim(), "HH:mm", CultureInfo.InvariantCulture);
}
