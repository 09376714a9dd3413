using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Bot.Sweeps;

/// <summary>Section "Sweeps": how often the plugins' time-driven work (their <see cref="Plugins.ISweep"/>s) runs.</summary>
public sealed class SweepOptions
{
    public const string SectionName = "Sweeps";

    /// <summary>Time between runs; sweeps derive due work from stored dates, so a late run catches up.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Sweeps:Interval must be between 00:00:05 and 1.00:00:00.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Off in tests, which run the sweeps through POST /api/dev/sweep instead.</summary>
    public bool RunInBackground { get; set; } = true;
}
