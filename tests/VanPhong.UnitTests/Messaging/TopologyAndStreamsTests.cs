using MassTransit;
using Microsoft.Extensions.Configuration;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Topology;
using VanPhong.Persistence;

namespace VanPhong.UnitTests.Messaging;

/// <summary>The shared event topology and the outbox's streams check themselves against the code.</summary>
public sealed class TopologyAndStreamsTests
{
    private static readonly Type[] Contracts = typeof(FeedbackReceived).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == "VanPhong.Contracts" && t.IsPublic).ToArray();

    public static TheoryData<string, Type[]> Services() => new()
    {
        { ResourceNames.PlansService, ConsumersOf(typeof(VanPhong.Plans.Marker)) },
        { ResourceNames.FeedbackService, ConsumersOf(typeof(VanPhong.Feedback.Marker)) },
        { ResourceNames.ReportingService, ConsumersOf(typeof(VanPhong.Reporting.Marker)) },
        { ResourceNames.CatalogService, ConsumersOf(typeof(VanPhong.Catalog.Marker)) },
    };

    // Every service also serves catch-up requests with the building block's consumer, which AddMessaging adds.
    private static Type[] ConsumersOf(Type marker) => marker.Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
        .Append(typeof(ReplayRequestedConsumer<>))
        .ToArray();

    [Fact]
    public void Every_service_that_publishes_serves_catch_up_requests()
    {
        string[] publishers = [ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.IdentityService, ResourceNames.ReportingService];
        Assert.Equal(publishers.Order(), EventTopology.Platform.Subscriptions.Where(s => s.Event == typeof(ReplayRequested)).Select(s => s.Service).Order());
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_consumer_of_a_service_has_its_row_in_the_shared_topology_and_every_row_its_consumer(string service, Type[] consumers)
    {
        var settings = new BrokerSettings(Configuration(), service, "messaging", EventTopology.Platform);

        var endpoints = MessagingRegistration.Endpoints(settings, consumers);

        Assert.Equal(consumers.Length, endpoints.Count);
        Assert.Equal(EventTopology.Platform.OfService(service).Select(s => s.QueueName(null)).Order(), endpoints.Select(e => e.Queue).Order());
    }

    [Fact]
    public void A_consumer_the_topology_does_not_know_stops_the_service()
    {
        var settings = new BrokerSettings(Configuration(), ResourceNames.CatalogService, "messaging", EventTopology.Platform);
        var error = Assert.Throws<InvalidOperationException>(() => MessagingRegistration.Endpoints(settings, [typeof(VanPhong.Feedback.Data.ProcedurePublishedConsumer)]));
        Assert.Contains("EventTopology.Platform", error.Message);
    }

    [Fact]
    public void Queues_keep_the_names_they_had_and_take_the_deployment_prefix()
    {
        var subscription = new Subscription(ResourceNames.ReportingService, typeof(PlanItemProgressReported));
        Assert.Equal("reporting-plan-item-progress-reported", subscription.QueueName(null));
        Assert.Equal("p1-reporting-plan-item-progress-reported", subscription.QueueName("p1"));
        Assert.Equal("p1.VanPhong.Contracts:PlanIssued", new BrokerSettings(Configuration("p1"), "plans", "messaging", EventTopology.Platform).ExchangeName(typeof(PlanIssued)));
    }

    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:5672", null, "classic", 1)]
    [InlineData("amqp://guest:guest@127.0.0.1:5672", "quorum", "quorum", 1)]
    [InlineData("amqp://u:p@rabbit1:5672,amqp://u:p@rabbit2:5672,amqp://u:p@rabbit3:5672", null, "quorum", 3)]
    [InlineData("amqp://u:p@rabbit1:5672, rabbit2:5673", "classic", "classic", 2)]
    public void A_connection_string_that_lists_several_nodes_is_a_cluster_with_quorum_queues_unless_told_otherwise(string connection, string? queueType, string expected, int nodes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = connection,
            ["Messaging:QueueType"] = queueType,
        }).Build();

        var settings = new BrokerSettings(configuration, ResourceNames.ReportingService, "messaging", EventTopology.Platform);

        Assert.Equal(expected, settings.QueueType);
        Assert.Equal(nodes, settings.Hosts.Count);
        Assert.Equal(expected == "quorum" ? "quorum" : null, settings.QueueArguments.TryGetValue("x-queue-type", out var type) ? type : null);
    }

    [Fact]
    public void Every_contract_that_has_an_aggregate_has_a_stream_of_its_own()
    {
        var withoutStream = Contracts
            .Where(t => t != typeof(PlanItemSnapshot) && t != typeof(KpiMetrics)
                && t != typeof(InspectionFollowUpSnapshot) && t != typeof(CommunicationKinds) && t != typeof(LinkedGroupStatuses))
            .Where(t => EventStreams.KeyOf(System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t)).StartsWith("type/", StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToList();
        Assert.Empty(withoutStream);
    }

    [Fact]
    public void The_events_of_one_plan_share_a_stream_and_the_events_of_one_procedure_code_share_another()
    {
        var plan = Guid.NewGuid();
        Assert.Equal(
            EventStreams.KeyOf(new PlanIssued(plan, 2026, "", null, default, [])),
            EventStreams.KeyOf(new PlanItemCancelled(plan, Guid.NewGuid(), 2026, "I.1", "", default)));
        Assert.Equal(
            EventStreams.KeyOf(new InternalProcedureApproved("1.009645", "12/QĐ", default)),
            EventStreams.KeyOf(new SimplificationProposed(Guid.NewGuid(), "1.009645", 2026, 0, 0, 0, 0, null, [], default)));
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(5, 8000)]
    [InlineData(40, 15000)]
    public void The_outbox_backs_off_doubling_up_to_its_ceiling(int failures, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Backoff.Exponential(TimeSpan.FromMilliseconds(500), failures, TimeSpan.FromSeconds(15)));

    private static IConfiguration Configuration(string? prefix = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:5672",
            ["Messaging:Prefix"] = prefix,
        }).Build();
}
