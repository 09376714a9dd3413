using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// Turns a use case's refusal into the invoke error people see: the words from cards/text/refusal-REASON.liquid, the
/// status from the code. Nothing was changed, so the turn's transaction commits nothing but the turn record.
/// </summary>
public sealed class RefusalResponses(ITextRenderer texts, ILogger<RefusalResponses> logger)
{
    /// <summary>The usual end of a card handler: the done value's card, or the refusal.</summary>
    public InvokeResponse Answer<T>(Result<T> result, string verb, Func<T, InvokeResponse> done)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(done);
        return result.Value is { } value && result.IsDone ? done(value) : For(result.Refusal!, verb);
    }

    public InvokeResponse For(Refusal refusal, string verb)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Log.Refused(logger, verb, refusal.Reason);
        var (status, code) = refusal.Code switch
        {
            RefusalCode.NotFound => (404, "NotFound"),
            RefusalCode.NotAllowed => (403, "Forbidden"),
            RefusalCode.Invalid => (400, "BadRequest"),
            RefusalCode.Unavailable => (503, "ServiceUnavailable"),
            _ => (409, "Conflict"),
        };
        return InvokeResponse.Error(status, code, Text(refusal));
    }

    /// <summary>The refusal's sentence, for chat commands that answer with text.</summary>
    public string Text(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var model = new RefusalText(refusal.Field);
        try
        {
            return texts.Render(RefusalText.TemplateFor(refusal.Reason), model);
        }
        catch (KeyNotFoundException)
        {
            // A reason without its template is a programming slip; the person still gets a calm sentence.
            return texts.Render(RefusalText.TemplateFor("unknown"), model);
        }
    }
}
