using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// EF Core's events as its DiagnosticListener publishes them, for tests that count what a unit of work did (commits,
/// savepoints). The listener is process-wide: filter the payload by your own context, as other tests run alongside.
/// </summary>
public static class EfEvents
{
    public static IDisposable Subscribe(EventId eventId, Action<EventData> onEvent)
    {
        var listeners = new Listeners(eventId.Name ?? throw new ArgumentException("The event has no name.", nameof(eventId)), onEvent);
        listeners.Keep(DiagnosticListener.AllListeners.Subscribe(listeners));
        return listeners;
    }

    private sealed class Listeners(string eventName, Action<EventData> onEvent) : IObserver<DiagnosticListener>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void Keep(IDisposable subscription)
        {
            lock (_subscriptions) _subscriptions.Add(subscription);
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name) Keep(value.Subscribe(new Events(eventName, onEvent)));
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (_subscriptions)
                foreach (var subscription in _subscriptions) subscription.Dispose();
        }
    }

    private sealed class Events(string eventName, Action<EventData> onEvent) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == eventName && value.Value is EventData data) onEvent(data);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
