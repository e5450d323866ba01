using Microsoft.Extensions.Configuration;
using VanPhong.Topology;

namespace VanPhong.AppHost;

public static class AppHostExtensions
{
    /// <summary>
    /// The broker: ConnectionStrings:messaging when configured (an existing RabbitMQ or cluster, its nodes separated by
    /// commas) and always in publish mode (the production cluster is a connection-string parameter); the RabbitMQ
    /// container when Messaging:UseContainer is true (only where a container runtime exists); otherwise private nodes of
    /// Debian's rabbitmq-server started by DCP, which is what our machines can run: one, or a cluster of
    /// Messaging:ClusterNodes.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessaging(this IDistributedApplicationBuilder builder, string repositoryRoot, string stateDirectory)
    {
        if (builder.IsProduction() || !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ResourceNames.Messaging)))
        {
            return builder.AddConnectionString(ResourceNames.Messaging);
        }

        var management = builder.Configuration.GetValue("Messaging:Management", true);
        var clusterNodes = builder.ClusterNodes();
        if (builder.Configuration.GetValue("Messaging:UseContainer", false))
        {
            if (clusterNodes > 1)
            {
                throw new InvalidOperationException("Messaging:ClusterNodes starts Debian nodes; with Messaging:UseContainer it must be 1.");
            }

            var rabbit = builder.AddRabbitMQ(ResourceNames.Messaging);
            return management ? rabbit.WithManagementPlugin() : rabbit;
        }

        // One data directory and node name per state directory: durable queues and their unconsumed messages
        // survive a restart of the system, and two checkouts on one machine never share a node.
        var dataDirectory = Path.Combine(stateDirectory, "rabbitmq");
        var nodeName = "vanphong-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stateDirectory)))[..10];
        if (clusterNodes > 1)
        {
            // Data directories of their own (rabbitmq-1 …): a single node's data never becomes a cluster member's.
            return builder.AddLocalRabbitMQCluster(ResourceNames.Messaging, Path.Combine(repositoryRoot, "scripts", "start-rabbit.sh"), stateDirectory, nodeName, clusterNodes, management);
        }

        return builder.AddLocalRabbitMQ(ResourceNames.Messaging, Path.Combine(repositoryRoot, "scripts", "start-rabbit.sh"), dataDirectory, nodeName, management);
    }

    /// <summary>
    /// A service with its database and the broker, started once both are ready, health-checked on /health, in as many
    /// replicas as asked.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatform(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        string databaseProvider) =>
        service
            .WithReference(database).WaitFor(database)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("Database__Provider", databaseProvider)
            .WithSetting("Database:SqliteCacheKiB")
            .WithQueueType()
            .WithReplicas(service.ApplicationBuilder.Replicas(service.Resource.Name))
            .WithHttpHealthCheck("/health");

    /// <summary>One setting of the app host's configuration passed to the service when it is set there (not in publish mode).</summary>
    private static IResourceBuilder<ProjectResource> WithSetting(this IResourceBuilder<ProjectResource> service, string key) =>
        !service.ApplicationBuilder.IsProduction() && service.ApplicationBuilder.Configuration[key] is { Length: > 0 } value
            ? service.WithEnvironment(key.Replace(":", "__"), value)
            : service;

    /// <summary>How many local RabbitMQ nodes to start (Messaging:ClusterNodes): 1, or a cluster of 3 (5, 7).</summary>
    public static int ClusterNodes(this IDistributedApplicationBuilder builder)
    {
        var nodes = builder.Configuration.GetValue("Messaging:ClusterNodes", 1);
        return nodes is >= 1 and <= 7 ? nodes : throw new InvalidOperationException($"Messaging:ClusterNodes is {nodes}: between 1 and 7 (3 for a cluster that survives the loss of one node).");
    }

    /// <summary>
    /// Messaging:QueueType for every service: as configured in the app host, otherwise quorum on a local cluster (a
    /// classic queue lives on one node and is gone with it); otherwise the service's own default (classic for one
    /// node, quorum when its connection string lists several).
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithQueueType(this IResourceBuilder<ProjectResource> service)
    {
        var builder = service.ApplicationBuilder;
        var queueType = builder.Configuration["Messaging:QueueType"] is { Length: > 0 } configured ? configured
            : builder.ClusterNodes() > 1 && string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ResourceNames.Messaging)) ? "quorum"
            : null;
        return queueType is null ? service : service.WithEnvironment("Messaging__QueueType", queueType);
    }

    /// <summary>
    /// How many replicas of a service (or of the web pages): Services:&lt;name&gt;:Replicas when set, otherwise
    /// <c>--replicas N</c> (Replicas=N), otherwise 1.
    /// </summary>
    public static int Replicas(this IDistributedApplicationBuilder builder, string service)
    {
        var replicas = builder.Configuration.GetValue<int?>($"Services:{service}:Replicas") ?? builder.Configuration.GetValue("Replicas", 1);
        return replicas is >= 1 and <= 8 ? replicas : throw new InvalidOperationException($"Replicas of {service} is {replicas}: between 1 and 8.");
    }

    /// <summary>
    /// Passes a section of the app host's configuration (command line, user secrets, environment) to a service. Not in
    /// publish mode: the manifest would carry this machine's values, user secrets (a client secret) in plain text among
    /// them; production configuration lives in the deployment (deploy/).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithConfigurationSection(this IResourceBuilder<ProjectResource> service, string section)
    {
        if (service.ApplicationBuilder.IsProduction())
        {
            return service;
        }

        var configuration = service.ApplicationBuilder.Configuration;
        foreach (var (key, value) in configuration.GetSection(section).AsEnumerable().Where(kv => kv.Value is not null))
        {
            service.WithEnvironment(key.Replace(":", "__"), value);
        }

        return service;
    }

    /// <summary>
    /// The first administrator's password: the secret parameter "admin-password" when it is set (user secrets,
    /// Parameters__admin-password) and always in publish mode (a pod has nowhere to leave a generated one); otherwise the identity service generates one and prints it once in Development, or
    /// writes it to identity-admin-password.txt in the state directory (owner-only) in any other environment.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAdminPassword(this IResourceBuilder<ProjectResource> identity)
    {
        const string parameter = Production.AdminPassword;
        if (!identity.ApplicationBuilder.IsProduction() && string.IsNullOrEmpty(identity.ApplicationBuilder.Configuration[$"Parameters:{parameter}"]))
        {
            return identity;
        }

        var password = identity.ApplicationBuilder.AddParameter(parameter, secret: true);
        return identity.WithEnvironment("Identity__Admin__Password", password);
    }

    /// <summary>
    /// Where mail and SMS go. Mail: the SMTP server of Notifications:Smtp (host, port, security, user, password) when
    /// configured. SMS: the brand-name gateway of Notifications:Sms (Endpoint, BrandName), its key from the secret
    /// parameter "sms-api-key" (user secrets, Parameters__sms-api-key). Whichever is not configured goes to the
    /// development sink, whose page in the dashboard shows the mail and the SMS it received.
    /// </summary>
    public static Action<IResourceBuilder<ProjectResource>> AddMail(this IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var smtpConfigured = !string.IsNullOrWhiteSpace(configuration["Notifications:Smtp:Host"]);
        var smsConfigured = !string.IsNullOrWhiteSpace(configuration["Notifications:Sms:Endpoint"]);
        var sink = smtpConfigured && smsConfigured ? null : builder.AddProject<Projects.VanPhong_MailSink>(ResourceNames.MailSink)
            .WithEndpoint(name: "smtp", scheme: "tcp", env: "MAILSINK_SMTP_PORT")
            .WithHttpHealthCheck("/health");
        var smsKey = smsConfigured && !string.IsNullOrEmpty(configuration["Parameters:sms-api-key"]) ? builder.AddParameter(Production.SmsApiKey, secret: true) : null;
        return service =>
        {
            service.WithConfigurationSection("Notifications:Outbox");
            if (smtpConfigured)
            {
                service.WithConfigurationSection("Notifications:Smtp");
            }
            else
            {
                var smtp = sink!.GetEndpoint("smtp");
                service.WithEnvironment("Notifications__Smtp__Host", smtp.Property(EndpointProperty.Host))
                    .WithEnvironment("Notifications__Smtp__Port", smtp.Property(EndpointProperty.Port));
            }

            if (smsConfigured)
            {
                service.WithEnvironment("Notifications__Sms__Endpoint", configuration["Notifications:Sms:Endpoint"])
                    .WithEnvironment("Notifications__Sms__BrandName", configuration["Notifications:Sms:BrandName"] ?? "KKTVANPHONG");
                if (smsKey is not null)
                {
                    service.WithEnvironment("Notifications__Sms__ApiKey", smsKey);
                }
            }
            else
            {
                var http = sink!.GetEndpoint("http");
                service.WithEnvironment("Notifications__Sms__Endpoint", ReferenceExpression.Create($"{http}/sms"));
            }

            if (sink is not null)
            {
                service.WaitFor(sink);
            }
        };
    }
}
