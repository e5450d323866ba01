using System.Globalization;
using System.Text.RegularExpressions;

namespace VanPhong.Benchmark;

/// <summary>The services' processes as the app host started them, found by their assembly name in /proc (Linux).</summary>
internal static partial class Processes
{
    /// <summary>Peak resident set (VmHWM, the kernel's high-water mark since the process started) per service, in MB.</summary>
    public static IReadOnlyList<(string Service, int Pid, double PeakMegabytes)> PeakWorkingSets()
    {
        var found = new List<(string, int, double)>();
        var root = RepositoryRoot();
        var ours = StartedByThisRun();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || !ours.Contains(pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                // Only this tree's services (other checkouts and test runs on the machine are not measured).
                if (!commandLine.Contains(root, StringComparison.Ordinal) || Service().Match(commandLine) is not { Success: true } match
                    || match.Groups[1].Value is "AppHost" or "Benchmark" or "IntegrationTests" or "UnitTests" or "EndToEndTests")
                {
                    continue;
                }

                var status = File.ReadAllLines(Path.Combine(directory, "status"));
                var peak = status.FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (peak is not null && double.TryParse(peak.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kib))
                {
                    found.Add((match.Groups[1].Value, pid, kib / 1024));
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found.OrderBy(f => f.Item1).ToList();
    }

    /// <summary>
    /// CPU seconds (user + system, /proc/&lt;pid&gt;/stat) each process of the run has used since it started: the services
    /// by assembly name and Aspire's orchestrator, among the processes this run started; the broker's Erlang VM (its
    /// command line names the run's state directory; it may have left the run's process tree as a daemon); and this process (the load's client, and the app host the testing builder runs in it). Two readings subtracted give where a phase's CPU went.
    /// </summary>
    public static Dictionary<string, double> CpuSeconds(string state)
    {
        var root = RepositoryRoot();
        var ours = StartedByThisRun();
        var seconds = new Dictionary<string, double>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                var name = pid == Environment.ProcessId ? "benchmark (client and app host)"
                    : commandLine.Contains("beam.smp", StringComparison.Ordinal) && commandLine.Contains(state, StringComparison.Ordinal) ? "RabbitMQ"
                    : !ours.Contains(pid) ? null
                    : commandLine.Contains(" run --project ", StringComparison.Ordinal) ? "dotnet run (Aspire's launcher of each project)"
                    : commandLine.Contains(root, StringComparison.Ordinal) && Service().Match(commandLine) is { Success: true } match
                        && match.Groups[1].Value is not ("IntegrationTests" or "UnitTests" or "EndToEndTests" or "Benchmark") ? match.Groups[1].Value
                    : commandLine.Contains("/dcp", StringComparison.Ordinal) && commandLine.Contains("aspire", StringComparison.OrdinalIgnoreCase) ? "Aspire orchestrator (dcp)"
                    : null;
                if (name is null)
                {
                    continue;
                }

                // After the command's name in brackets: state is field 3, utime and stime fields 14 and 15 (clock ticks,
                // USER_HZ, 100 on Linux).
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                seconds[name] = seconds.GetValueOrDefault(name) + ticks / 100.0;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return seconds;
    }

    /// <summary>The whole machine's busy CPU seconds (every core, /proc/stat), to say how much of it a phase used.</summary>
    public static double MachineBusySeconds()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already in user)
        return (cpu.Take(8).Sum() - cpu[3] - cpu[4]) / 100.0;
    }

    /// <summary>
    /// The processes this run started: every process whose parent chain reaches this one or the Aspire orchestrator
    /// that watches it. The app host runs in this process and starts the orchestrator (<c>dcp start-apiserver --monitor
    /// &lt;this pid&gt;</c>), which detaches to init and starts the broker and the services. Another checkout's run or a
    /// test run on the same machine is not counted, whatever its command line.
    /// </summary>
    private static HashSet<int> StartedByThisRun()
    {
        var parents = new Dictionary<int, int>();
        var roots = new HashSet<int> { Environment.ProcessId };
        var watcher = $"--monitor {Environment.ProcessId} ";
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || ParentOf(directory) is not { } parent)
            {
                continue;
            }

            parents[pid] = parent;
            try
            {
                if ((File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ') + " ").Contains(watcher, StringComparison.Ordinal))
                {
                    roots.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        var ours = new HashSet<int>(roots.Where(r => r != Environment.ProcessId));
        foreach (var pid in parents.Keys)
        {
            // Bounded: a pid reused while /proc was read could make a loop.
            for (int current = pid, hops = 0; parents.TryGetValue(current, out var parent) && hops < 64; current = parent, hops++)
            {
                if (roots.Contains(parent))
                {
                    ours.Add(pid);
                    break;
                }
            }
        }

        return ours;
    }

    /// <summary>The parent's pid: field 4 of /proc/&lt;pid&gt;/stat, after the command's name in brackets.</summary>
    private static int? ParentOf(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VanPhong.Aspire.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }

    [GeneratedRegex(@"VanPhong\.(\w+)(?:\.dll)?(?:\s|$)")]
    private static partial Regex Service();
}
