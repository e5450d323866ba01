using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// Everything the services would hand to the OpenTelemetry exporter while a capture is open: every log record (message,
/// state, scopes, exception) written through the hosts' logging at their configured levels, every activity that stops
/// (name, tags, events, status, baggage) and every metric measurement's tags. Activities and metrics are process-wide,
/// so a capture also sees other test classes' traffic; a test looks for its own unique values only.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TelemetryCapture? _current;

    private readonly ConcurrentQueue<string> _records = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    /// <summary>Added to every host's logging by <see cref="ServiceHost{TMarker}"/> and the gateway; silent unless a capture is open.</summary>
    public static ILoggerProvider LoggerProvider { get; } = new CapturingLoggerProvider();

    private TelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _records.Enqueue(Render(activity)),
        };
        ActivitySource.AddActivityListener(_activities);

        _meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _meters.SetMeasurementEventCallback<long>((i, _, tags, _) => _records.Enqueue(Render(i, tags)));
        _meters.SetMeasurementEventCallback<int>((i, _, tags, _) => _records.Enqueue(Render(i, tags)));
        _meters.SetMeasurementEventCallback<double>((i, _, tags, _) => _records.Enqueue(Render(i, tags)));
        _meters.Start();
    }

    /// <summary>Opens the one capture of the process (a second test waits for the first to finish).</summary>
    public static async Task<TelemetryCapture> StartAsync()
    {
        await Gate.WaitAsync();
        _current = new TelemetryCapture();
        return _current;
    }

    public IReadOnlyCollection<string> Records => _records;

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
        _current = null;
        Gate.Release();
    }

    private static string Render(Activity activity)
    {
        var text = new StringBuilder($"trace {activity.Source.Name} {activity.DisplayName} {activity.StatusDescription}");
        foreach (var (key, value) in activity.TagObjects)
        {
            text.Append($" {key}={value}");
        }

        foreach (var e in activity.Events)
        {
            text.Append($" event {e.Name}");
            foreach (var (key, value) in e.Tags)
            {
                text.Append($" {key}={value}");
            }
        }

        foreach (var (key, value) in activity.Baggage)
        {
            text.Append($" baggage {key}={value}");
        }

        return text.ToString();
    }

    private static string Render(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new StringBuilder($"metric {instrument.Meter.Name} {instrument.Name}");
        foreach (var (key, value) in tags)
        {
            text.Append($" {key}={value}");
        }

        return text.ToString();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, () => _scopes);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => _current is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (_current is not { } capture)
            {
                return;
            }

            var text = new StringBuilder($"log {logLevel} {category} {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append($" {key}={value}");
                }
            }

            scopes().ForEachScope((scope, builder) => builder.Append($" scope {scope}"), text);
            if (exception is not null)
            {
                text.Append($" exception {exception}");
            }

            capture._records.Enqueue(text.ToString());
        }
    }
}
