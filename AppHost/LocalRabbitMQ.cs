using Microsoft.Extensions.DependencyInjection;
using System.Net.Sockets;
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

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@{Amqp.Property(EndpointProperty.Host)}:{Amqp.Property(EndpointProperty.Port)}");
}

public static class LocalRabbitMQExtensions
{
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, string scriptPath, string dataDirectory, string nodeName, bool management)
    {
        var resource = new LocalRabbitMQResource(name, "bash", Path.GetDirectoryName(scriptPath)!);
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
    /// Ready means the broker speaks AMQP: send the protocol header and expect a Connection.Start frame (type 1).
    /// A bare TCP connect is not enough, because DCP's proxy accepts connections before the broker listens.
    /// </summary>
    private static async Task<HealthCheckResult> AmqpHandshakeAsync(LocalRabbitMQResource resource, CancellationToken cancellationToken)
    {
        if (!resource.Amqp.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("AMQP endpoint not allocated yet");
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
