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
        // The tool is the repository's (dotnet-tools.json); a fresh clone has not restored it yet.
        using (var restore = Process.Start(new ProcessStartInfo("dotnet", "tool restore") { WorkingDirectory = repositoryRoot, RedirectStandardOutput = true, UseShellExecute = false }))
        {
            restore?.StandardOutput.ReadToEnd();
            restore?.WaitForExit();
        }

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

    /// <summary>Waits for the traces to be written and prints what each spent its samples on (or why there is none).</summary>
    public async Task ReportAsync()
    {
        foreach (var (service, file, collector) in _collectors)
        {
            if (!await ExitedAsync(collector) || collector.ExitCode != 0 || !File.Exists(file))
            {
                Console.WriteLine($"Profile of {service}: not taken (dotnet-trace {(collector.HasExited ? $"exited with {collector.ExitCode}" : "did not finish in 3 minutes")}).");
                continue;
            }

            var report = new StringBuilder();
            foreach (var mode in new[] { "", " --inclusive" })
            {
                using var topN = Tool($"report {file} topN -n 25{mode}");
                var output = topN.StandardOutput.ReadToEndAsync();
                var errors = topN.StandardError.ReadToEndAsync();
                await ExitedAsync(topN);
                report.AppendLine(await output.WaitAsync(TimeSpan.FromSeconds(10))).AppendLine(await errors.WaitAsync(TimeSpan.FromSeconds(10)));
            }

            var text = Path.ChangeExtension(file, ".txt");
            await File.WriteAllTextAsync(text, report.ToString());
            Console.WriteLine($"Profile of {service} during the sustained load: {file}; top methods in {text}");
        }
    }

    /// <summary>Bounded: a tool that hangs is stopped and the benchmark goes on.</summary>
    private static async Task<bool> ExitedAsync(Process process)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            return true;
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            return false;
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
