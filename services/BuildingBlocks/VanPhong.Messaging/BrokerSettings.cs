using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace VanPhong.Messaging;

/// <summary>
/// How this service reaches the broker and names what it declares there, read once from configuration:
/// ConnectionStrings:&lt;name&gt; (amqp://…; several hosts separated by commas for a cluster), Messaging:Prefix (keeps the
/// queues and exchanges of one deployment — or one test — apart on a shared broker) and Messaging:QueueType
/// (classic, or quorum for a cluster; quorum is the default when the connection string lists several nodes).
/// </summary>
public sealed class BrokerSettings
{
    public BrokerSettings(IConfiguration configuration, string service, string connectionName, EventTopology topology)
    {
        Service = service;
        Topology = topology;
        ConnectionString = configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (the RabbitMQ broker, amqp://…) is not configured.");
        Prefix = configuration["Messaging:Prefix"] is { Length: > 0 } prefix ? prefix : null;
        // A classic queue lives on one node and is gone while that node is: on a cluster every consumer queue is a
        // quorum queue (replicated to a majority of the nodes) unless told otherwise.
        QueueType = configuration["Messaging:QueueType"] is { Length: > 0 } type ? type.ToLowerInvariant()
            : Hosts.Count > 1 ? "quorum" : "classic";
        if (QueueType is not ("classic" or "quorum"))
        {
            throw new InvalidOperationException($"Messaging:QueueType is '{QueueType}': classic or quorum.");
        }
    }

    public string Service { get; }

    public EventTopology Topology { get; }

    public string ConnectionString { get; }

    public string? Prefix { get; }

    public string QueueType { get; }

    /// <summary>The broker addresses of the connection string (one for a single node, every node of a cluster).</summary>
    public IReadOnlyList<Uri> Hosts => ConnectionString.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(h => new Uri(h.Contains("://", StringComparison.Ordinal) ? h : "amqp://" + h)).ToList();

    public string QueueName(Subscription subscription) => subscription.QueueName(Prefix);

    /// <summary>The exchange MassTransit publishes a message type to ("VanPhong.Contracts:PlanIssued").</summary>
    public string ExchangeName(Type messageType) =>
        (Prefix is null ? "" : Prefix + ".") + messageType.Namespace + ":" + messageType.Name;

    /// <summary>The arguments every consumer queue is declared with, by MassTransit and by the topology deployer alike.</summary>
    public IDictionary<string, object?> QueueArguments => QueueType == "quorum"
        ? new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }
        : new Dictionary<string, object?>();

    public IEnumerable<Subscription> OwnSubscriptions => Topology.OfService(Service);

    /// <summary>A plain AMQP connection for what MassTransit does not do: declaring others' queues, counting and re-driving dead letters.</summary>
    public Task<IConnection> ConnectAsync(string purpose, CancellationToken cancellationToken)
    {
        var hosts = Hosts;
        var first = hosts[0];
        var factory = new ConnectionFactory
        {
            Uri = first,
            ClientProvidedName = $"{Service} {purpose}",
            AutomaticRecoveryEnabled = true,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
        return hosts.Count == 1
            ? factory.CreateConnectionAsync(cancellationToken)
            : factory.CreateConnectionAsync(hosts.Select(h => new AmqpTcpEndpoint(h.Host, h.Port)).ToList(), cancellationToken);
    }
}
