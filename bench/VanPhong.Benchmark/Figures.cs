namespace VanPhong.Benchmark;

/// <summary>Every figure of the run with its target beside it, printed together at the end.</summary>
internal sealed class Figures
{
    private readonly List<(string Name, string Measured, string Target, bool? Met)> _rows = [];

    /// <summary>A figure that must be at least <paramref name="atLeast"/>.</summary>
    public void AtLeast(string name, double measured, double atLeast, string unit, string format = "N0") =>
        _rows.Add((name, $"{measured.ToString(format)} {unit}".Trim(), $">= {atLeast.ToString(format)} {unit}".Trim(), double.IsNaN(measured) ? null : measured >= atLeast));

    /// <summary>A figure that must be at most <paramref name="atMost"/>.</summary>
    public void AtMost(string name, double measured, double atMost, string unit, string format = "N0") =>
        _rows.Add((name, $"{measured.ToString(format)} {unit}".Trim(), $"<= {atMost.ToString(format)} {unit}".Trim(), double.IsNaN(measured) ? null : measured <= atMost));

    /// <summary>A figure printed for the record, with no target of its own.</summary>
    public void Info(string name, string measured) => _rows.Add((name, measured, "", null));

    public int Missed => _rows.Count(r => r.Met == false);

    public void Print()
    {
        var width = Math.Max(40, _rows.Max(r => r.Name.Length));
        Console.WriteLine($"{"figure".PadRight(width)}  {"measured",16}  {"target",16}  result");
        foreach (var (name, measured, target, met) in _rows)
        {
            Console.WriteLine($"{name.PadRight(width)}  {measured,16}  {target,16}  {(met is null ? "" : met.Value ? "met" : "MISSED")}");
        }
    }
}
