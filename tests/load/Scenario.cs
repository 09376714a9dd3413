using System.Globalization;

/// <param name="Conversations">Over how many 1:1 chats of each person the requests spread.</param>
/// <param name="Bodies">The activities sent in turn.</param>
internal sealed record Scenario(string Name, int Conversations, string[] Bodies)
{
    /// <summary>Each connection's own person, 1:1 chat and review (none: the requests spread over Conversations).</summary>
    public IReadOnlyList<Seat> Seats { get; init; } = [];

    /// <summary>Text a 200 answer must hold to count as done (the save saved), else it counts as refused.</summary>
    public string SuccessMark { get; init; } = "";

    /// <summary>The scenario's own reads, done by hand on the floor for a second floor row, or none.</summary>
    public Func<CancellationToken, Task>? FloorReads { get; init; }
}

/// <summary>A reviewer (Entra object id) and the open review assigned to them.</summary>
internal sealed record Seat(string Person, string Review);

/// <param name="Only">Runs only the scenarios whose name contains this (for profiling one of them).</param>
internal sealed record Args(string Bot, string Duration, int Connections, int Threads, string Only)
{
    public static Args Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        return new(Value("--bot", "bot/bin/Release/net10.0/CaseCoach.Bot.dll"), Value("--duration", "15s"),
            int.Parse(Value("--connections", "32"), CultureInfo.InvariantCulture), int.Parse(Value("--threads", "2"), CultureInfo.InvariantCulture),
            Value("--only", ""));
    }
}
