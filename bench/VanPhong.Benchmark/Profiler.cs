using System.Diagnostics;
using System.Text;

namespace VanPhong.Benchmark;

/// <summary>
/// <c>--profile DIR</c>: CPU-sampling traces (dotnet-trace, the repository's local tool) of the services that carry a
/// submission — gateway, feedback, reporting — taken during the sustained load, then each trace's methods with the most
/// exclusive and inclusive samples. The sampling slows the traced processes, so a profiled run's figures are not the
/// benchmark's figures; run it apart.
/// </summary>
internal sealed class Profiler(string directory, string repositoryRoot)
{
    private static readonly string[] Traced = ["Gateway", "Feedback", "Reporting"];
    private readonly List<(string Service, string File, Process Collector)> _collectors = [];

    public void Start(IEnumerable<(string Service, int Pid)> services, TimeSpan duration)
    {
        Directory.CreateDirectory(directory);
        foreach (var (service, pid) in services.Where(s => Traced.Contains(s.Service)))
        {
            var file = Path.Combine(directory, $"{service}.nettrace");
            var collector = Tool($"collect -p {pid} --duration {duration:dd\\:hh\\:mm\\:ss} -o {file}");
            // Its progress line is read and dropped: the console shows only the benchmark's figures.
            collector.BeginOutputReadLine();
            collector.BeginErrorReadLine();
            _collectors.Add((service, file, collector));
        }
    }

    /// <summary>Waits for the traces to be written and prints what each spent its samples on.</summary>
    public async Task ReportAsync()
    {
        foreach (var (service, file, collector) in _collectors)
        {
            await collector.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            var report = new StringBuilder();
            foreach (var mode in new[] { "", " --inclusive" })
            {
                using var topN = Tool($"report {file} topN -n 25{mode}");
                report.AppendLine(await topN.StandardOutput.ReadToEndAsync());
                await topN.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            }

            var text = Path.ChangeExtension(file, ".txt");
            await File.WriteAllTextAsync(text, report.ToString());
            Console.WriteLine($"Profile of {service} during the sustained load: {file}; top methods in {text}");
        }
    }

    private Process Tool(string arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", $"tool run dotnet-trace -- {arguments}")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dotnet-trace did not start");
}
