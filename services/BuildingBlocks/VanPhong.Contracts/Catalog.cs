namespace VanPhong.Contracts;

// Events of the procedure catalog (TTHC).

/// <summary>A publication decision (quyết định công bố) took effect for a procedure: new, amended or abolished.</summary>
/// <param name="Change">New, Amended or Abolished.</param>
public sealed record ProcedurePublished(
    Guid ProcedureId,
    string Code,
    string Name,
    string Sector,
    string Change,
    string DecisionNumber,
    DateOnly PublishedOn,
    DateOnly EffectiveOn,
    bool OneStop,
    string OnlineLevel);

/// <summary>The internal procedure (quy trình nội bộ) of a procedure was submitted for approval.</summary>
public sealed record InternalProcedureSubmitted(string ProcedureCode, DateOnly SubmittedOn, DateOnly DueOn);

/// <summary>The internal procedure of a procedure was approved by decision.</summary>
public sealed record InternalProcedureApproved(string ProcedureCode, string DecisionNumber, DateOnly ApprovedOn);

/// <summary>The electronic process (quy trình điện tử) of a procedure was updated in the provincial system.</summary>
public sealed record ElectronicProcessUpdated(string ProcedureCode, DateOnly UpdatedOn);
