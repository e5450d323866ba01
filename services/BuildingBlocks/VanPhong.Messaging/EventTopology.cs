using VanPhong.Contracts;
using VanPhong.Topology;

namespace VanPhong.Messaging;

/// <summary>One service's subscription to one event type: a durable queue of its own, "&lt;service&gt;-&lt;event&gt;".</summary>
public sealed record Subscription(string Service, Type Event)
{
    /// <summary>The queue (and its endpoint exchange) of this subscription, with the deployment's prefix if any.</summary>
    public string QueueName(string? prefix) =>
        (string.IsNullOrEmpty(prefix) ? "" : prefix + "-") + Service + "-" + EventTopology.KebabCase(Event.Name);
}

/// <summary>
/// Who consumes what, for the whole platform, in one place. Every service declares all of it on the broker before
/// it publishes anything (<see cref="TopologyDeployer"/>), so an event published while its consumer is stopped — or
/// before that consumer ever ran — waits in the consumer's queue instead of being dropped by an exchange with no
/// queue bound. A service's consumers are registered from its rows here; a consumer without a row, or a row without
/// a consumer, stops the service at start-up.
/// </summary>
public sealed class EventTopology(IReadOnlyList<Subscription> subscriptions)
{
    public static EventTopology Platform { get; } = new(
    [
        // The plan registry: its copy of the units, the clocks that catalog events start and stop, the KPI targets.
        .. Of(ResourceNames.PlansService,
            typeof(OrganisationUnitChanged), typeof(ProcedurePublished), typeof(InternalProcedureSubmitted),
            typeof(InternalProcedureApproved), typeof(ElectronicProcessUpdated), typeof(KpiMeasured)),

        // PAKN: the units it assigns to, the procedure codes a PAKN may name, the proposals a PAKN led to.
        .. Of(ResourceNames.FeedbackService,
            typeof(OrganisationUnitChanged), typeof(ProcedurePublished), typeof(SimplificationProposed)),

        // Reporting projects every event the reports count.
        .. Of(ResourceNames.ReportingService,
            typeof(FeedbackReceived), typeof(FeedbackClassified), typeof(FeedbackAssigned), typeof(FeedbackStatusChanged),
            typeof(FeedbackAnswered), typeof(FeedbackPublished), typeof(FeedbackRated), typeof(FeedbackOverdue),
            typeof(PlanIssued), typeof(PlanItemAdded), typeof(PlanItemProgressReported), typeof(PlanItemCompleted), typeof(PlanItemOverdue), typeof(PlanItemCancelled), typeof(PlanItemDueDateSet),
            typeof(ProcedurePublished), typeof(InternalProcedureSubmitted), typeof(InternalProcedureApproved),
            typeof(ElectronicProcessUpdated), typeof(SimplificationProposed), typeof(OrganisationUnitChanged),
            typeof(ImpactAssessmentRecorded), typeof(InspectionRecorded), typeof(OneStopDeskAssignmentRecorded),
            typeof(LinkedGroupProposalRecorded), typeof(CommunicationActivityRecorded)),

        // Every service that publishes re-sends its retained events to a consumer restored from a backup that asks.
        .. new[] { ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.IdentityService, ResourceNames.ReportingService }
            .SelectMany(service => Of(service, typeof(ReplayRequested))),
    ]);

    public IReadOnlyList<Subscription> Subscriptions { get; } = subscriptions;

    public IEnumerable<Subscription> OfService(string service) => Subscriptions.Where(s => s.Service == service);

    /// <summary>Every event type that some service consumes.</summary>
    public IEnumerable<Type> Events => Subscriptions.Select(s => s.Event).Distinct();

    private static IEnumerable<Subscription> Of(string service, params Type[] events) => events.Select(e => new Subscription(service, e));

    /// <summary>The queue-name style MassTransit uses ("PlanItemProgressReported" → "plan-item-progress-reported").</summary>
    public static string KebabCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
