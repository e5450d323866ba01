using System.Diagnostics;
using System.Net.Http.Json;

namespace VanPhong.Benchmark;

/// <summary>
/// How long a submission takes to be counted by reporting while the load runs: the times of the 201s are kept, and
/// reporting's count of today's PAKN is read every <see cref="PollEvery"/>; when the count has grown by k, the k
/// oldest accepted submissions are taken as arrived (events of one stream each; reporting's order of arrival is
/// close to the order of acceptance), each delay = time of the read − time of its 201. Resolution: the poll interval.
/// </summary>
internal sealed class Propagation(HttpClient reporting) : IAsyncDisposable
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    private readonly List<long> _accepted = [];
    private readonly Measurements _delays = new("propagation under load");
    private readonly CancellationTokenSource _stop = new();
    private Task? _polling;
    private int _baseline;
    private int _arrived;

    public Measurements Delays => _delays;

    public int Accepted
    {
        get
        {
            lock (_accepted)
            {
                return _accepted.Count;
            }
        }
    }

    public int Arrived => Volatile.Read(ref _arrived);

    public static string TodayUrl()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        return $"/api/reports/feedback/summary?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
    }

    public async Task<int> CountAsync() => (await reporting.GetFromJsonAsync<Summary>(TodayUrl()))!.Received;

    public async Task StartAsync()
    {
        _baseline = await CountAsync();
        _polling = Task.Run(PollAsync);
    }

    public void Accept()
    {
        var now = Stopwatch.GetTimestamp();
        lock (_accepted)
        {
            _accepted.Add(now);
        }
    }

    /// <summary>Waits until reporting has counted every accepted submission; returns how long that took from now (the end of the load).</summary>
    public async Task<TimeSpan> DrainedAsync(TimeSpan atMost)
    {
        var started = Stopwatch.GetTimestamp();
        while (Arrived < Accepted)
        {
            if (Stopwatch.GetElapsedTime(started) > atMost)
            {
                return TimeSpan.MaxValue;
            }

            await Task.Delay(PollEvery / 2);
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private async Task PollAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var counted = await CountAsync() - _baseline;
                var read = Stopwatch.GetTimestamp();
                lock (_accepted)
                {
                    var upTo = Math.Min(counted, _accepted.Count);
                    // The 201s arrive out of order by a few ms: the k-th oldest, not the k-th recorded.
                    if (upTo > _arrived)
                    {
                        _accepted.Sort();
                        for (var k = _arrived; k < upTo; k++)
                        {
                            _delays.Add((read - _accepted[k]) * 1000.0 / Stopwatch.Frequency);
                        }

                        _arrived = upTo;
                    }
                }

                await Task.Delay(PollEvery, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(PollEvery);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_polling is not null)
        {
            await _polling;
        }

        _stop.Dispose();
    }

    private sealed record Summary(int Received);
}
