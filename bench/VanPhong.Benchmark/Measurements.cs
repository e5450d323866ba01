using System.Diagnostics;

namespace VanPhong.Benchmark;

/// <summary>Latencies of one kind of request, with the figures the README reports.</summary>
public sealed class Measurements(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly Stopwatch _wall = new();
    private int _failures;

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public int Failures => _failures;

    public double Throughput => _milliseconds.Count / _wall.Elapsed.TotalSeconds;

    /// <summary>The time the load ran (every round added up).</summary>
    public TimeSpan Elapsed => _wall.Elapsed;

    public void Add(double milliseconds)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    public void Fail() => Interlocked.Increment(ref _failures);

    public IDisposable Timing()
    {
        _wall.Start();
        return new Stop(_wall);
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private sealed class Stop(Stopwatch watch) : IDisposable
    {
        public void Dispose() => watch.Stop();
    }
}
