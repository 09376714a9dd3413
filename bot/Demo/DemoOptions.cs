namespace CaseCoach.Bot.Demo;

/// <summary>Section <c>Demo</c>; bound like every other section so a value like <c>Demo:Seed=yes</c> is refused at start-up.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary><c>Demo:Seed</c>: add the demo people and cases to an empty database (Development's default).</summary>
    public bool Seed { get; set; }
}
