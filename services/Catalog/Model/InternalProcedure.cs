using VanPhong.Calendar;
using VanPhong.Contracts;

namespace VanPhong.Catalog.Model;

/// <summary>A step of an internal procedure: who does what, in how many working days.</summary>
public sealed record InternalStep(int Order, string Description, string Unit, string Role, double WorkingDays);

public enum InternalProcedureStatus
{
    /// <summary>Being drafted by the division.</summary>
    Draft,

    /// <summary>Submitted to the provincial People's Committee for approval.</summary>
    Submitted,

    /// <summary>Approved by decision.</summary>
    Approved,
}

/// <summary>
/// Quy trình nội bộ giải quyết TTHC (TT 01/2018 Art. 8): the ordered steps inside the Board, which must fit in the
/// legal processing time. The plan's rules are tracked: submitted within 30 working days of the procedure's
/// publication (item III.6) and the electronic process updated within 03 days of approval (item III.7).
/// </summary>
public sealed class InternalProcedure : VanPhong.Persistence.IVersioned
{
    /// <summary>The concurrency token: two submissions or approvals at once cannot both pass.</summary>
    public int Version { get; private set; } = 1;

    public const int ElectronicProcessDays = 3;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string ProcedureCode { get; set; } = "";

    public InternalProcedureStatus Status { get; set; }

    public string StepsJson { get; set; } = "[]";

    public double TotalWorkingDays { get; set; }

    /// <summary>The publication that started the 30-working-day clock.</summary>
    public string PublicationDecisionNumber { get; set; } = "";

    public DateOnly PublishedOn { get; set; }

    public DateOnly SubmitDueOn { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public string? ApprovalDecisionNumber { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? ElectronicDueOn { get; set; }

    public DateOnly? ElectronicUpdatedOn { get; set; }

    public List<InternalStep> Steps
    {
        get => System.Text.Json.JsonSerializer.Deserialize<List<InternalStep>>(StepsJson, CatalogJson.Options)!;
        set => StepsJson = System.Text.Json.JsonSerializer.Serialize(value, CatalogJson.Options);
    }

    /// <summary>Submitted for approval (plan item III.6).</summary>
    public InternalProcedureSubmitted Submit(DateOnly on)
    {
        Status = InternalProcedureStatus.Submitted;
        SubmittedOn = on;
        return new InternalProcedureSubmitted(ProcedureCode, on, SubmitDueOn, PublishedOn);
    }

    /// <summary>Approved by decision; the electronic process must then be updated within 03 days (plan item III.7).</summary>
    public InternalProcedureApproved Approve(string decisionNumber, DateOnly on, WorkingDayCalendar calendar)
    {
        Status = InternalProcedureStatus.Approved;
        ApprovalDecisionNumber = decisionNumber;
        ApprovedOn = on;
        ElectronicDueOn = calendar.AddCalendarDays(on, ElectronicProcessDays);
        return new InternalProcedureApproved(ProcedureCode, decisionNumber, on, PublishedOn);
    }

    public ElectronicProcessUpdated RecordElectronicUpdate(DateOnly on)
    {
        ElectronicUpdatedOn = on;
        return new ElectronicProcessUpdated(ProcedureCode, on, ApprovedOn);
    }

    public bool SubmitLate(DateOnly today) => (SubmittedOn ?? (Status == InternalProcedureStatus.Draft ? today : (DateOnly?)null)) > SubmitDueOn;

    public bool ElectronicLate(DateOnly today) => ElectronicDueOn is { } due && (ElectronicUpdatedOn ?? today) > due;
}
