using System.Text.Json;
using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>The scheduling sweep's assignment card to a reviewer's 1:1 chat, through the <see cref="PersonalMessenger"/>.</summary>
public sealed class ReviewNotices(PersonalMessenger messenger)
{
    /// <param name="cause">"&lt;cause&gt;:&lt;review key&gt;", e.g. "review-assigned:KEY".</param>
    /// <param name="what">Kept for the caller's signature; the cause names the message in the log.</param>
    /// <returns>false when the person has not installed the bot, so there is nowhere to send.</returns>
    public Task<bool> SendCardAsync(Person person, string cause, JsonElement card, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var colon = cause.IndexOf(':', StringComparison.Ordinal);
        var named = colon > 0 ? new Cause(cause[..colon], cause[(colon + 1)..]) : new Cause(cause, what);
        return messenger.SendCardAsync(person, named, card, cancellationToken);
    }
}
