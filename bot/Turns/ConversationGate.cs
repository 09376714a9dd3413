namespace CaseCoach.Bot.Turns;

/// <summary>
/// Turns of one conversation run one at a time in this process. Teams and the Agents Playground send
/// conversationUpdate and installationUpdate together; run side by side, both insert the conversation row and EF logs
/// the losing insert as an error before TurnProcessor's retry recovers. Striped over a fixed set of locks, so memory
/// stays bounded however many conversations there are; across processes the retry still covers the race.
/// </summary>
public static class ConversationGate
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> EnterAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId ?? "") % (uint)Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}
