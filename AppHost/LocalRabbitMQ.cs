using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VanPhong.AppHost;

/// <summary>
/// RabbitMQ from Debian's rabbitmq-server, run by DCP as an executable (no container runtime here) through
/// scripts/start-rabbit.sh: its own node name, ports and data directory, so it never collides with the system
/// service, another checkout or a test run.
/// </summary>
public sealed class LocalRabbitMQResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public EndpointReference Amqp => new(this, "amqp");

    /// <summary>For a node that joins a cluster: the file its script writes once it has joined (ready means joined).</summary>
    public string? JoinedMarker { get; init; }

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@{Amqp.Property(EndpointProperty.Host)}:{Amqp.Property(EndpointProperty.Port)}");
}

/// <summary>
/// A cluster of private nodes (Messaging:ClusterNodes): its connection string lists every node, so a service connects to
/// whichever answers and fails over to the next. It is ready once every node has joined, and stays ready while a
/// majority of its nodes answer — what quorum queues need — so a service (re)started while one node is down starts.
/// </summary>
public sealed class LocalRabbitMQClusterResource(string name) : Resource(name), IResourceWithConnectionString
{
    public List<LocalRabbitMQResource> Nodes { get; } = [];

    public ReferenceExpression ConnectionStringExpression
    {
        get
        {
            var expression = new ReferenceExpressionBuilder();
            foreach (var node in Nodes)
            {
                if (node != Nodes[0])
                {
                    expression.AppendLiteral(",");
                }

                expression.Append($"amqp://guest:guest@{node.Amqp.Property(EndpointProperty.Host)}:{node.Amqp.Property(EndpointProperty.Port)}");
            }

            return expression.Build();
        }
    }
}

public static class LocalRabbitMQExtensions
{
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, string scriptPath, string dataDirectory, string nodeName, bool management, string? joinedMarker = null)
    {
        var resource = new LocalRabbitMQResource(name, "bash", Path.GetDirectoryName(scriptPath)!) { JoinedMarker = joinedMarker };
        var healthCheckKey = $"{name}-amqp-handshake";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, cancellationToken => AmqpHandshakeAsync(resource, cancellationToken));

        var rabbit = builder.AddResource(resource)
            .WithArgs(scriptPath)
            .WithEndpoint(name: "amqp", scheme: "tcp", env: "RMQ_AMQP_PORT")
            .WithEnvironment("RMQ_BASE", dataDirectory)
            .WithEnvironment("RMQ_NODE_NAME", nodeName)
            .WithHealthCheck(healthCheckKey);
        if (management)
        {
            rabbit.WithHttpEndpoint(name: "management", env: "RMQ_MGMT_PORT");
        }
        else
        {
            rabbit.WithEnvironment("RMQ_PLUGINS", "");
        }

        return rabbit;
    }

    /// <summary>
    /// <paramref name="count"/> private nodes clustered on this machine: node 1 starts as usual, the others join it on
    /// their first start (scripts/start-rabbit.sh, RMQ_JOIN), all with one Erlang cookie kept in the state directory,
    /// each with its own node name, ports and data directory. The data survives a restart of the system as a single
    /// node's does; a node killed and started again rejoins by itself.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQClusterResource> AddLocalRabbitMQCluster(
        this IDistributedApplicationBuilder builder, string name, string scriptPath, string stateDirectory, string nodeName, int count, bool management)
    {
        var cookie = Path.Combine(stateDirectory, "rabbitmq-cluster.cookie");
        if (builder.ExecutionContext.IsRunMode && !File.Exists(cookie))
        {
            // Owner-only from its creation: whoever holds the cookie can run code on the nodes.
            Directory.CreateDirectory(stateDirectory);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(cookie, options);
            writer.Write(RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 32));
        }

        var cluster = new LocalRabbitMQClusterResource(name);
        var clusterBuilder = builder.AddResource(cluster);
        for (var i = 1; i <= count; i++)
        {
            var dataDirectory = Path.Combine(stateDirectory, $"rabbitmq-{i}");
            var node = builder.AddLocalRabbitMQ($"{name}-{i}", scriptPath, dataDirectory, $"{nodeName}-{i}", management, i == 1 ? null : Path.Combine(dataDirectory, "joined"))
                .WithEnvironment("RMQ_COOKIE_FILE", cookie)
                // Fixed for the app host's life, so a node started again listens where its peers look for it.
                .WithEnvironment("RMQ_DIST_PORT", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))
                .WithParentRelationship(clusterBuilder);
            if (i > 1)
            {
                node.WithEnvironment("RMQ_JOIN", $"{nodeName}-1@localhost");
            }

            cluster.Nodes.Add(node.Resource);
        }

        var healthCheckKey = $"{name}-majority";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async cancellationToken =>
        {
            var answers = await Task.WhenAll(cluster.Nodes.Select(node => AmqpHandshakeAsync(node, cancellationToken)));
            var up = answers.Count(a => a.Status == HealthStatus.Healthy);
            return up * 2 > cluster.Nodes.Count
                ? HealthCheckResult.Healthy($"{up} of {cluster.Nodes.Count} nodes answer")
                : HealthCheckResult.Unhealthy($"{up} of {cluster.Nodes.Count} nodes answer: no majority");
        });

        return clusterBuilder
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "RabbitMQ cluster", State = KnownResourceStates.Waiting, Properties = [] })
            .WithHealthCheck(healthCheckKey)
            .OnInitializeResource(async (resource, e, cancellationToken) =>
            {
                // Running once every node has joined: a quorum queue declared earlier would have fewer members.
                foreach (var node in resource.Nodes)
                {
                    await e.Notifications.WaitForResourceHealthyAsync(node.Name, cancellationToken);
                }

                await e.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
            });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Ready means the broker speaks AMQP: send the protocol header and expect a Connection.Start frame (type 1).
    /// A bare TCP connect is not enough, because DCP's proxy accepts connections before the broker listens.
    /// </summary>
    private static async Task<HealthCheckResult> AmqpHandshakeAsync(LocalRabbitMQResource resource, CancellationToken cancellationToken)
    {
        if (!resource.Amqp.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("AMQP endpoint not allocated yet");
        }

        if (resource.JoinedMarker is { } joined && !File.Exists(joined))
        {
            return HealthCheckResult.Unhealthy("The node has not joined its cluster yet");
        }

        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await client.ConnectAsync(resource.Amqp.Host, resource.Amqp.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var reply = new byte[1];
            var read = await stream.ReadAsync(reply, timeout.Token);
            return read == 1 && reply[0] == 1
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The broker did not answer the AMQP handshake");
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The broker is not accepting AMQP connections yet", ex);
        }
    }
}
