using System.Globalization;
using VanPhong.Chaos;

// Usage: scripts/chaos.sh [--quick | --cluster] [--seconds 60] [--rate 6]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = args.Contains("--quick") ? ChaosOptions.Quick : args.Contains("--cluster") ? ChaosOptions.Cluster : ChaosOptions.Full;
for (var i = 0; i + 1 < args.Length; i++)
{
    options = args[i] switch
    {
        "--seconds" => options with { Load = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
        "--rate" => options with { SubmissionsPerSecond = double.Parse(args[i + 1], CultureInfo.InvariantCulture) },
        _ => options,
    };
}

if (options.Load < options.StopBrokerAt + options.BrokerAway)
{
    Console.Error.WriteLine($"The load must last past the broker's return ({(options.StopBrokerAt + options.BrokerAway).TotalSeconds:0} s).");
    return 2;
}

// Bounded in time whatever happens: the whole run stops by itself.
using var cancel = new CancellationTokenSource(options.Load + options.ConvergeWithin + TimeSpan.FromMinutes(8));
var report = await ChaosRun.RunAsync(options, Console.Out, cancel.Token);
ChaosRun.Print(report, Console.Out);
return report.Converged && report.Census.Lost == 0 && report.Census.Doubled == 0 && report.Census.DeadLettered == 0 ? 0 : 1;
