namespace VanPhong.Reporting.Data;

/// <summary>A procedure as reporting knows it from the catalog's events, with its internal-procedure milestones.</summary>
public sealed class ProcedureFact
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Sector { get; set; } = "";

    /// <summary>New, Amended or Abolished: the last publication.</summary>
    public string LastChange { get; set; } = "";

    public bool Abolished { get; set; }

    public string DecisionNumber { get; set; } = "";

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public string OnlineLevel { get; set; } = "None";

    public bool OneStop { get; set; }

    public bool PostalService { get; set; }

    public bool OnlinePayment { get; set; }

    public int ProcessingDays { get; set; }

    public bool IsSample { get; set; }

    public DateOnly? InternalSubmitDueOn { get; set; }

    public DateOnly? InternalSubmittedOn { get; set; }

    public DateOnly? InternalApprovedOn { get; set; }

    public DateOnly? ElectronicUpdatedOn { get; set; }

    /// <summary>The procedure version of the publication in force (0 for events from before versions were sent).</summary>
    public int Version { get; set; }
}

public enum CatalogEventKind
{
    Published,
    InternalSubmitted,
    InternalApproved,
    ElectronicUpdated,
}

/// <summary>
/// One event of a procedure's regulatory life, kept as history so a report can say what held on any day
/// (procedures in force at the cut-off, published in the period, internal procedures approved by then).
/// Keyed by the event's id: replaying it changes nothing.
/// </summary>
public sealed class CatalogEventFact
{
    public Guid EventId { get; set; }

    public string Code { get; set; } = "";

    public CatalogEventKind Kind { get; set; }

    /// <summary>The day it happened: publication, submission, approval or update.</summary>
    public DateOnly On { get; set; }

    /// <summary>For publications: the day the version takes effect.</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>For publications: New, Amended or Abolished.</summary>
    public string? Change { get; set; }

    public string? DecisionNumber { get; set; }

    public string? Name { get; set; }

    public string? Sector { get; set; }

    public string? OnlineLevel { get; set; }

    public bool OneStop { get; set; }

    public bool PostalService { get; set; }

    public bool OnlinePayment { get; set; }

    public bool IsSample { get; set; }

    /// <summary>For publications: the processing time in working days, and the procedure version it created.</summary>
    public int ProcessingDays { get; set; }

    public int Version { get; set; }

    /// <summary>The internal procedure's submission deadline that a publication or a submission carries.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>For internal-procedure milestones: the publication whose clock they belong to.</summary>
    public DateOnly? PublishedOn { get; set; }
}

/// <summary>A simplification proposal (plan section V) with the compliance cost it saves.</summary>
public sealed class SimplificationFact
{
    public Guid ProposalId { get; set; }

    public string ProcedureCode { get; set; } = "";

    public int Year { get; set; }

    public long CostBeforePerYear { get; set; }

    public long CostAfterPerYear { get; set; }

    public long SavingPerYear { get; set; }

    public double SavingRate { get; set; }

    public Guid? PlanItemId { get; set; }

    public string FeedbackCodes { get; set; } = "";

    /// <summary>When it was proposed; the minimum while only the decision that carried it out has been seen (events of
    /// different types arrive in any order), which keeps it out of every period's count until the proposal arrives.</summary>
    public DateTime ProposedAt { get; set; }

    public string? PlanItemCode { get; set; }

    // The publication decision that carried the proposal out (ProcedurePublished.ProposalIds), and what it produced.
    public string? DecisionNumber { get; set; }

    public DateOnly? CarriedOutOn { get; set; }

    public int? ProcedureVersion { get; set; }

    public string? Change { get; set; }
}
