using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// The Teams rate-limit guidance as a Polly retry (bot-protocol.md §6): 429 (and 503 when it gives one) waits its Retry-After,
/// 412/502/503/504 back off exponentially with jitter, a bounded number of times. POST /activities is
/// not idempotent, so 500 and network errors are not retried here (an ambiguous failure could post
/// twice); they go back to the caller, and 400/401/403/404/413 are final. Delays run on the injected
/// TimeProvider, which Polly takes from DI, so tests advance a fake clock instead of waiting.
/// </summary>
internal static class ConnectorRetryPolicy
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        if (options.MaxRetries == 0)
        {
            return;
        }

        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILogger<ConversationClient>>();
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Result, options, time)),
            // 429 and 503 wait their Retry-After when they give one; the others (and a 503 without one) back off.
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } r ? RetryAfter(r, time) : null),
            OnRetry = args =>
            {
                var response = args.Outcome.Result;
                Log.Retrying(logger, (int?)response?.StatusCode ?? 0, args.AttemptNumber + 1, args.RetryDelay,
                    response?.RequestMessage?.RequestUri?.Host);
                return ValueTask.CompletedTask;
            },
        });
    }

    private static bool ShouldRetry(HttpResponseMessage? response, ConnectorOptions options, TimeProvider time) => response?.StatusCode switch
    {
        // A long Retry-After goes back to the caller as Throttled rather than holding the sender.
        HttpStatusCode.TooManyRequests => RetryAfter(response, time) is not { } wait || wait <= options.MaxRetryAfter,
        HttpStatusCode.ServiceUnavailable => RetryAfter(response, time) is not { } wait || wait <= options.MaxRetryAfter,
        HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => true,
        _ => false,
    };

    /// <summary>The Retry-After of a response (seconds or an HTTP date), never negative; null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
