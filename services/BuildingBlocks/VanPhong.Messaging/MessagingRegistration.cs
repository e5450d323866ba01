using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VanPhong.Persistence;

namespace VanPhong.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit over RabbitMQ (connection string <paramref name="connectionName"/>), the consumers of this service
    /// on the queues the shared <see cref="EventTopology"/> gives them, the topology deployer, the outbox dispatcher and
    /// its maintenance for <typeparamref name="TDb"/>, the dead-letter monitor, and one retry policy for every endpoint.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDb>(
        this IHostApplicationBuilder builder,
        string serviceName,
        string connectionName,
        IEnumerable<Type>? consumers = null,
        EventTopology? topology = null)
        where TDb : DbContext
    {
        var settings = new BrokerSettings(builder.Configuration, serviceName, connectionName, topology ?? EventTopology.Platform);
        // A service the topology lists as serving catch-up requests answers them from its own outbox.
        var all = (consumers ?? []).ToList();
        if (settings.OwnSubscriptions.Any(s => s.Event == typeof(VanPhong.Contracts.ReplayRequested)))
        {
            all.Add(typeof(ReplayRequestedConsumer<TDb>));
        }

        var endpoints = Endpoints(settings, all);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddOptions<OutboxOptions>().BindConfiguration("Messaging:Outbox");
        services.AddOptions<InboxOptions>().BindConfiguration("Messaging:Inbox");
        services.AddOptions<DeadLetterOptions>().BindConfiguration("Messaging:DeadLetters");

        // Registered first: the topology is declared before anything is published.
        services.AddSingleton<TopologyDeployer>();
        services.AddHostedService(sp => sp.GetRequiredService<TopologyDeployer>());
        services.AddHealthChecks().AddCheck<TopologyDeployer>("messaging-topology");
        services.AddSingleton<DeadLetters>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadLetters>());
        services.AddSingleton<MessagingGauges>();

        var retryLimit = builder.Configuration.GetValue("Messaging:RetryLimit", 5);
        var infrastructureRetryFor = builder.Configuration.GetValue("Messaging:InfrastructureRetryFor", TimeSpan.FromMinutes(3));
        var prefetch = builder.Configuration.GetValue("Messaging:PrefetchCount", 32);
        services.AddMassTransit(bus =>
        {
            foreach (var (consumer, queue) in endpoints)
            {
                bus.AddConsumer(consumer).Endpoint(e => e.Name = queue);
            }

            bus.AddConfigureEndpointsCallback((context, endpointName, endpoint) =>
            {
                var logger = context.GetRequiredService<ILoggerFactory>().CreateLogger("VanPhong.Messaging.DeadLetter");
                endpoint.UseFilter(new DeadLetterFilter(logger, endpointName));

                // A database that is locked, read-only or full, or a call that timed out, is waited out for minutes:
                // the message is fine and applies once the infrastructure is back.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(Faults.IsInfrastructure);
                    retry.Intervals(InfrastructureIntervals(infrastructureRetryFor));
                });
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Exponential(retryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400));
                    // Retrying cannot fix a message that is malformed or names an unknown contract.
                    retry.Ignore<UnknownContractException>();
                    retry.Ignore<System.Text.Json.JsonException>();
                    retry.Ignore<Exception>(Faults.IsInfrastructure);
                });
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    // Enough messages in hand at once for a group commit to gather them into one transaction.
                    rabbitEndpoint.PrefetchCount = prefetch;
                    if (settings.QueueType == "quorum")
                    {
                        rabbitEndpoint.SetQuorumQueue();
                    }
                }
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var hosts = settings.Hosts;
                rabbit.Host(hosts[0], host =>
                {
                    host.PublisherConfirmation = true;
                    if (hosts.Count > 1)
                    {
                        // Connect to whichever node of the cluster answers; fail over to the next when it goes away.
                        host.UseCluster(cluster =>
                        {
                            foreach (var node in hosts)
                            {
                                cluster.Node($"{node.Host}:{node.Port}");
                            }
                        });
                    }
                });
                if (settings.Prefix is { } prefix)
                {
                    rabbit.MessageTopology.SetEntityNameFormatter(new PrefixedEntityNames(rabbit.MessageTopology.EntityNameFormatter, prefix));
                }

                rabbit.ConfigureEndpoints(context);
            });
        });

        // After the bus: hosted services stop in the reverse order, so on SIGTERM the dispatcher finishes its round while
        // the bus can still publish, and the bus stops after it.
        services.AddSingleton<OutboxPressure<TDb>>();
        services.TryAddSingleton<StalledPublishing>();
        services.AddHostedService<OutboxDispatcher<TDb>>();
        services.AddHostedService<OutboxMaintenance<TDb>>();

        services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            // A broker that is down at start-up does not stop the service from starting: it reports unhealthy,
            // MassTransit keeps connecting, and the outbox keeps the events until the broker is back.
            options.WaitUntilStarted = false;
            options.StartTimeout = TimeSpan.FromSeconds(60);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }

    /// <summary>Each consumer on the queue of its row in the topology; a consumer or a row left without the other is a mistake.</summary>
    internal static List<(Type Consumer, string Queue)> Endpoints(BrokerSettings settings, IEnumerable<Type> consumers)
    {
        var result = new List<(Type, string)>();
        var own = settings.OwnSubscriptions.ToList();
        foreach (var consumer in consumers)
        {
            var messages = consumer.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
                .Select(i => i.GetGenericArguments()[0])
                .ToList();
            if (messages.Count != 1)
            {
                throw new InvalidOperationException($"{consumer.Name} must consume exactly one message type.");
            }

            var subscription = own.SingleOrDefault(s => s.Event == messages[0])
                ?? throw new InvalidOperationException(
                    $"{consumer.Name} consumes {messages[0].Name}, but the shared event topology (EventTopology.Platform) has no row for {settings.Service} and {messages[0].Name}: add it, so its queue is declared before anyone publishes.");
            result.Add((consumer, settings.QueueName(subscription)));
        }

        var missing = own.Where(s => result.All(r => r.Item2 != settings.QueueName(s))).Select(s => s.Event.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The event topology says {settings.Service} consumes {string.Join(", ", missing)}, but it registers no consumer for them: their queues would fill up.");
        }

        return result;
    }

    private static TimeSpan[] InfrastructureIntervals(TimeSpan total)
    {
        var intervals = new List<TimeSpan>();
        var sum = TimeSpan.Zero;
        for (var n = 1; sum < total; n++)
        {
            var next = Backoff.Exponential(TimeSpan.FromSeconds(1), n, TimeSpan.FromSeconds(15));
            intervals.Add(next);
            sum += next;
        }

        return [.. intervals];
    }
}

/// <summary>Message exchanges named "&lt;prefix&gt;.&lt;usual name&gt;".</summary>
internal sealed class PrefixedEntityNames(IEntityNameFormatter inner, string prefix) : IEntityNameFormatter
{
    public string FormatEntityName<T>() => $"{prefix}.{inner.FormatEntityName<T>()}";
}
