using VanPhong.Contracts;

namespace VanPhong.Messaging;

/// <summary>
/// The stream (aggregate) of every contract: the outbox keeps publication order within a stream and nowhere else.
/// Every event of a plan is one stream (the plan's issue comes before its items' progress); every event about a
/// procedure code is one stream (publication, internal procedure, electronic process, simplification).
/// </summary>
public static class EventStreams
{
    public static string KeyOf(object message) => message switch
    {
        FeedbackReceived m => Feedback(m.FeedbackId),
        FeedbackClassified m => Feedback(m.FeedbackId),
        FeedbackAssigned m => Feedback(m.FeedbackId),
        FeedbackStatusChanged m => Feedback(m.FeedbackId),
        FeedbackAnswered m => Feedback(m.FeedbackId),
        FeedbackPublished m => Feedback(m.FeedbackId),
        FeedbackRated m => Feedback(m.FeedbackId),
        FeedbackDueSoon m => Feedback(m.FeedbackId),
        FeedbackOverdue m => Feedback(m.FeedbackId),
        PlanIssued m => Plan(m.PlanId),
        PlanItemProgressReported m => Plan(m.PlanId),
        PlanItemCompleted m => Plan(m.PlanId),
        PlanItemDueSoon m => Plan(m.PlanId),
        PlanItemOverdue m => Plan(m.PlanId),
        PlanItemCancelled m => Plan(m.PlanId),
        PlanItemAdded m => Plan(m.PlanId),
        PlanItemDueDateSet m => Plan(m.PlanId),
        ProcedurePublished m => Procedure(m.Code),
        InternalProcedureSubmitted m => Procedure(m.ProcedureCode),
        InternalProcedureApproved m => Procedure(m.ProcedureCode),
        ElectronicProcessUpdated m => Procedure(m.ProcedureCode),
        SimplificationProposed m => Procedure(m.ProcedureCode),
        OrganisationUnitChanged m => "unit/" + m.Code,
        KpiMeasured m => $"kpi/{m.Year}/{m.Metric}",
        // Each record behind a plan task is its own aggregate: its versions are published in order.
        ImpactAssessmentRecorded m => "impact-assessment/" + m.AssessmentId.ToString("N"),
        InspectionRecorded m => "inspection/" + m.InspectionId.ToString("N"),
        OneStopDeskAssignmentRecorded m => "desk-assignment/" + m.AssignmentId.ToString("N"),
        LinkedGroupProposalRecorded m => "linked-group/" + m.ProposalId.ToString("N"),
        CommunicationActivityRecorded m => "communication/" + m.ActivityId.ToString("N"),
        ReplayRequested m => "replay/" + m.RequestedBy,
        // A type without a stream of its own (tests, a contract added without a row here) is ordered only by itself.
        _ => "type/" + message.GetType().Name,
    };

    private static string Feedback(Guid id) => "feedback/" + id.ToString("N");

    private static string Plan(Guid id) => "plan/" + id.ToString("N");

    private static string Procedure(string code) => "procedure/" + code;
}
