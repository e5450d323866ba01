using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VanPhong.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit over RabbitMQ (connection string <paramref name="connectionName"/>), the outbox dispatcher for
    /// <typeparamref name="TDb"/>, and one retry policy for every consumer endpoint. Queues are named
    /// "&lt;service&gt;-&lt;consumer&gt;" so two services consuming the same event each get their copy.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDb>(
        this IHostApplicationBuilder builder,
        string serviceName,
        string connectionName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDb : DbContext
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddOptions<OutboxOptions>().BindConfiguration("Messaging:Outbox");
        services.AddHostedService<OutboxDispatcher<TDb>>();

        // Tests run several copies of a service against one broker; a prefix keeps their queues apart.
        var queuePrefix = builder.Configuration["Messaging:QueuePrefix"] is { Length: > 0 } prefix ? $"{prefix}-{serviceName}" : serviceName;
        var retryLimit = builder.Configuration.GetValue("Messaging:RetryLimit", 5);

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(queuePrefix, false));
            configureConsumers?.Invoke(bus);

            bus.AddConfigureEndpointsCallback((context, endpointName, endpoint) =>
            {
                var logger = context.GetRequiredService<ILoggerFactory>().CreateLogger("VanPhong.Messaging.DeadLetter");
                endpoint.UseFilter(new DeadLetterFilter(logger, endpointName));
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Exponential(retryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400));
                    // Retrying cannot fix a message that is malformed or names an unknown contract.
                    retry.Ignore<UnknownContractException>();
                    retry.Ignore<System.Text.Json.JsonException>();
                });
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var connectionString = builder.Configuration.GetConnectionString(connectionName)
                    ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (the RabbitMQ broker, amqp://…) is not configured.");
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                // Tests run several whole systems against one broker; an exchange prefix keeps their events apart.
                if (builder.Configuration["Messaging:ExchangePrefix"] is { Length: > 0 } exchangePrefix)
                {
                    rabbit.MessageTopology.SetEntityNameFormatter(new PrefixedEntityNames(rabbit.MessageTopology.EntityNameFormatter, exchangePrefix));
                }

                rabbit.ConfigureEndpoints(context);
            });
        });

        services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }
}

/// <summary>Message exchanges named "&lt;prefix&gt;.&lt;usual name&gt;".</summary>
internal sealed class PrefixedEntityNames(IEntityNameFormatter inner, string prefix) : IEntityNameFormatter
{
    public string FormatEntityName<T>() => $"{prefix}.{inner.FormatEntityName<T>()}";
}
