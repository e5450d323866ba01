using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanPhong.Topology;

namespace VanPhong.Chaos;

/// <summary>
/// The whole system as the run command starts it — the real app host — with N replicas of every service, on a
/// throw-away state directory, and the faults done to it: a replica killed with SIGKILL (its whole process tree) and
/// started again, the broker stopped and started again, through the app host's own resource commands.
/// </summary>
public sealed class ChaosSystem : IAsyncDisposable
{
    public const string AdminPassword = "Chaos-Quan-Tri-2026!";

    private readonly Dictionary<string, CustomResourceSnapshot> _resources = [];
    private readonly CancellationTokenSource _watching = new();
    private DistributedApplication _app = null!;
    private Task _watch = Task.CompletedTask;

    private ChaosSystem(string state) => State = state;

    public string State { get; }

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The development mail sink: what the services mailed.</summary>
    public HttpClient MailSink { get; private set; } = null!;

    public string DatabasePath(string name) => Path.Combine(State, name + ".db");

    public static async Task<ChaosSystem> StartAsync(int replicas, int faultedReplicas, int clusterNodes, CancellationToken ct)
    {
        var system = new ChaosSystem(Path.Combine(Path.GetTempPath(), "vanphong-chaos-" + Guid.NewGuid().ToString("N")[..8]));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanPhong_AppHost>(
        [
            $"StateDirectory={system.State}",
            "Messaging:Management=false",
            $"Messaging:ClusterNodes={clusterNodes}",
            $"Replicas={replicas}",
            $"Services:{ResourceNames.FeedbackService}:Replicas={faultedReplicas}",
            $"Services:{ResourceNames.ReportingService}:Replicas={faultedReplicas}",
            $"Parameters:admin-password={AdminPassword}",
            // One client address sends everything: the per-address limit of the public surface is lifted for it.
            "Gateway:PublicSurface:PermitsPerWindow=100000000",
            "Gateway:PublicSurface:PagePermitsPerWindow=100000000",
        ], ct);
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Aspire.Hosting", LogLevel.Error)
            .AddFilter("VanPhong.AppHost.Resources", LogLevel.None)
            .AddFilter("System.Net.Http", LogLevel.None));
        system._app = await builder.BuildAsync(ct);
        await system._app.StartAsync(ct);
        system._watch = system.WatchAsync();
        using var ready = CancellationTokenSource.CreateLinkedTokenSource(ct);
        ready.CancelAfter(TimeSpan.FromMinutes(5));
        foreach (var resource in new[] { ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService, ResourceNames.IdentityService, ResourceNames.Gateway })
        {
            await system._app.ResourceNotifications.WaitForResourceHealthyAsync(resource, ready.Token);
        }

        system.Gateway = system._app.CreateHttpClient(ResourceNames.Gateway);
        system.Gateway.Timeout = TimeSpan.FromSeconds(20);
        system.MailSink = system._app.CreateHttpClient(ResourceNames.MailSink);
        return system;
    }

    public async Task<string> BrokerUriAsync(CancellationToken ct) =>
        await _app.GetConnectionStringAsync(ResourceNames.Messaging, ct) ?? throw new InvalidOperationException("No broker connection string.");

    /// <summary>The replicas of a service, by resource id ("feedback-abcd1234").</summary>
    public IReadOnlyList<string> Replicas(string service)
    {
        lock (_resources)
        {
            return _resources.Keys.Where(id => id.StartsWith(service + "-", StringComparison.Ordinal) && !id.Contains("-rebuilder", StringComparison.Ordinal)).Order().ToList();
        }
    }

    /// <summary>kill -9 of a replica and of every process under it (the app, not only the launcher around it).</summary>
    public void Kill(string resourceId)
    {
        CustomResourceSnapshot snapshot;
        lock (_resources)
        {
            snapshot = _resources[resourceId];
        }

        var pid = Convert.ToInt32(snapshot.Properties.Single(p => p.Name == "executable.pid").Value);
        foreach (var process in Enumerable.Reverse(Tree(pid)))
        {
            using var kill = Process.Start("kill", ["-9", process.ToString()]);
            kill.WaitForExit();
        }
    }

    /// <summary>
    /// kill -9 of a RabbitMQ node's Erlang VM (beam.smp) only, as a crash of the broker would be: the script around it
    /// exits after it, and the app host sees the node gone.
    /// </summary>
    public void KillBrokerNode(string resourceId)
    {
        CustomResourceSnapshot snapshot;
        lock (_resources)
        {
            snapshot = _resources[resourceId];
        }

        var pid = Convert.ToInt32(snapshot.Properties.Single(p => p.Name == "executable.pid").Value);
        var beam = Tree(pid).Where(p => CommandOf(p) == "beam.smp").ToList();
        if (beam.Count != 1)
        {
            throw new InvalidOperationException($"{resourceId}: {beam.Count} beam.smp processes under {pid}.");
        }

        using var kill = Process.Start("kill", ["-9", beam[0].ToString()]);
        kill.WaitForExit();
    }

    private static string CommandOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    public Task StartAsync(string resourceId, CancellationToken ct) => CommandAsync(resourceId, KnownResourceCommands.StartCommand, ct);

    public Task StopAsync(string resourceId, CancellationToken ct) => CommandAsync(resourceId, KnownResourceCommands.StopCommand, ct);

    /// <summary>Until a resource (by id: one replica, one node) runs and its health checks pass.</summary>
    public async Task WaitHealthyAsync(string resourceId, CancellationToken ct)
    {
        while (true)
        {
            lock (_resources)
            {
                if (_resources.TryGetValue(resourceId, out var snapshot) && snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
                {
                    return;
                }
            }

            await Task.Delay(250, ct);
        }
    }

    private async Task CommandAsync(string resourceId, string command, CancellationToken ct)
    {
        var result = await _app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resourceId, command, ct);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} {resourceId}: {result.Message}");
        }
    }

    private async Task WatchAsync()
    {
        try
        {
            await foreach (var e in _app.ResourceNotifications.WatchAsync(_watching.Token))
            {
                lock (_resources)
                {
                    _resources[e.ResourceId] = e.Snapshot;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A process and its descendants (from /proc), parents first.</summary>
    private static List<int> Tree(int root)
    {
        var children = Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)!).Where(n => int.TryParse(n, out _)).Select(int.Parse)
            .Select(pid => (Pid: pid, Parent: ParentOf(pid))).Where(p => p.Parent > 0).ToLookup(p => p.Parent, p => p.Pid);
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(children[result[i]]);
        }

        return result;
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _watching.CancelAsync();
        await _watch;
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(State, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
