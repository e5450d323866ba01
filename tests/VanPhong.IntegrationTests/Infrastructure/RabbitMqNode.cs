using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// A private RabbitMQ node (scripts/start-rabbit.sh, Debian's rabbitmq-server) on a free port with its own data
/// directory. It can be stopped and started again on the same port and data, which the outbox tests use to take
/// the broker away from running services.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly StringBuilder _log = new();
    private Process? _process;
    private int? _distPort;

    private readonly string? _cookieFile;
    private readonly string? _join;

    private RabbitMqNode(int port, string dataDirectory, string? cookieFile = null, string? join = null)
    {
        Port = port;
        _dataDirectory = dataDirectory;
        _cookieFile = cookieFile;
        _join = join;
    }

    public int Port { get; }

    public string Uri => $"amqp://guest:guest@127.0.0.1:{Port}";

    /// <summary>The node's data directory, also its HOME (where rabbitmqctl finds the cookie).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The Erlang node name, for a node of a cluster to join.</summary>
    public string NodeName => $"vanphongtest{Port}@localhost";

    public static async Task<RabbitMqNode> StartAsync()
    {
        var node = new RabbitMqNode(FreePort(), RepositoryPaths.NewStateDirectory("rabbit"));
        await node.StartAgainAsync();
        return node;
    }

    /// <summary>
    /// A node of a cluster (scripts/start-rabbit.sh's RMQ_COOKIE_FILE and RMQ_JOIN): with <paramref name="join"/>, it
    /// joins that node on its first start and is ready once it has.
    /// </summary>
    public static async Task<RabbitMqNode> StartClusterNodeAsync(string cookieFile, string? join)
    {
        var node = new RabbitMqNode(FreePort(), RepositoryPaths.NewStateDirectory("rabbit"), cookieFile, join);
        await node.StartAgainAsync();
        return node;
    }

    /// <summary>kill -9 of the node's Erlang VM (the pid file holds beam.smp's), as a crash would; the script exits after it.</summary>
    public async Task KillAsync()
    {
        var beam = (await File.ReadAllTextAsync(Path.Combine(_dataDirectory, "rabbit.pid"))).Trim();
        using (var kill = Process.Start("kill", ["-9", beam]))
        {
            await kill.WaitForExitAsync();
        }

        if (_process is not null)
        {
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the node (again) on the same port and data directory; durable queues and their messages survive.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "start-rabbit.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["RMQ_AMQP_PORT"] = Port.ToString();
        start.Environment["RMQ_BASE"] = _dataDirectory;
        start.Environment["RMQ_PLUGINS"] = "";
        start.Environment["RMQ_NODE_NAME"] = $"vanphongtest{Port}";
        if (_cookieFile is not null)
        {
            start.Environment["RMQ_COOKIE_FILE"] = _cookieFile;
            start.Environment["RMQ_DIST_PORT"] = (_distPort ??= FreePort()).ToString();
        }

        if (_join is not null)
        {
            start.Environment["RMQ_JOIN"] = _join;
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start rabbitmq-server");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Joining takes a few rabbitmqctl calls after the boot.
        var limit = _join is null ? 60 : 120;
        var deadline = DateTime.UtcNow.AddSeconds(limit);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited with {_process.ExitCode}:\n{Log}");
            }

            if (await SpeaksAmqpAsync() && (_join is null || File.Exists(Path.Combine(_dataDirectory, "joined"))))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"RabbitMQ on port {Port} did not answer{(_join is null ? "" : " or join " + _join)} within {limit} s:\n{Log}");
    }

    /// <summary>Stops the node gracefully (SIGTERM, as a machine shutdown would) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        // SIGTERM straight from this process, not through a `kill` child whose exit had to be awaited (a run once sat
        // before the broker ever got its signal).
        _ = Kill(_process.Id, 15);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        // The script exits once beam has stopped; make sure the port is really free before anyone restarts it. Bounded:
        // a node that outlives its script (or another broker that took the port meanwhile) fails the test, not the run.
        var freeBy = DateTime.UtcNow.AddSeconds(30);
        while (await SpeaksAmqpAsync())
        {
            if (DateTime.UtcNow > freeBy)
            {
                throw new TimeoutException($"Port {Port} still speaks AMQP 30 s after its node was stopped:\n{Log}");
            }

            await Task.Delay(100);
        }
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task<bool> SpeaksAmqpAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var reply = new byte[1];
            return await stream.ReadAsync(reply, timeout.Token) == 1 && reply[0] == 1;
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
