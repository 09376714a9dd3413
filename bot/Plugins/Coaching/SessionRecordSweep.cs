using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>The shell of <see cref="PromptSessionRecords"/>: after a booked session ends, the quality team documents it (R16).</summary>
public sealed class SessionRecordSweep(PromptSessionRecords prompt, TimeProvider time) : ISweep
{
    public Task RunOnceAsync(CancellationToken cancellationToken) => prompt.RunOnceAsync(time.GetUtcNow(), cancellationToken);
}
