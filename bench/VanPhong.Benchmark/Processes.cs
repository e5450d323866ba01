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
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
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

    private static string RepositoryRoot()
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
