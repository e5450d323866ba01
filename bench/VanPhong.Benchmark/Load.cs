using System.Diagnostics;

namespace VanPhong.Benchmark;

/// <summary>
/// The two ways the benchmark sends traffic, both to loopback only, bounded in count or time, and stopping by themselves:
/// <list type="bullet">
/// <item>Closed loop: C clients, each sending its next request when the last one answered — the highest rate the
/// system sustains.</item>
/// <item>Open loop: requests started on a fixed schedule whatever the answers do, each timed from the moment it was
/// due (so a slow answer does not hide the requests that queued behind it) — the latency at a given rate.</item>
/// </list>
/// </summary>
internal static class Load
{
    /// <summary>Sends <paramref name="send"/> from <paramref name="concurrency"/> clients until <paramref name="count"/> requests or <paramref name="duration"/> are done.</summary>
    public static async Task ClosedAsync(Measurements measurements, int concurrency, Func<int, Task<bool>> send, int count = int.MaxValue, TimeSpan? duration = null)
    {
        var next = -1;
        var until = duration is { } d ? Stopwatch.GetTimestamp() + (long)(d.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        using var timing = measurements.Timing();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int n;
            while (Stopwatch.GetTimestamp() < until && (n = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                if (await send(n))
                {
                    measurements.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    measurements.Fail();
                }
            }
        }));
    }

    /// <summary>Starts <paramref name="perSecond"/> requests a second for <paramref name="duration"/>, each timed from when it was due.</summary>
    public static async Task OpenAsync(Measurements measurements, int perSecond, TimeSpan duration, Func<int, Task<bool>> send)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>(total);
        using var timing = measurements.Timing();
        for (var n = 0; n < total; n++)
        {
            var due = start + (long)(n * (double)Stopwatch.Frequency / perSecond);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            }

            var index = n;
            inFlight.Add(Task.Run(async () =>
            {
                var ok = await send(index);
                var took = (Stopwatch.GetTimestamp() - due) * 1000.0 / Stopwatch.Frequency;
                if (ok)
                {
                    measurements.Add(took);
                }
                else
                {
                    measurements.Fail();
                }
            }));
        }

        await Task.WhenAll(inFlight);
    }
}
