namespace VanPhong.Contracts;

// Events of the procedure catalog (TTHC).

/// <summary>A publication decision (quyết định công bố) took effect for a procedure: new, amended or abolished.</summary>
/// <param name="Change">New, Amended or Abolished.</param>
/// <param name="InternalProcedureDueOn">For new and amended procedures: the internal procedure must be submitted by then (30 working days).</param>
/// <param name="Version">The procedure's version number this publication created: a consumer keeps the highest.</param>
/// <param name="ProposalIds">The simplification proposals (<see cref="SimplificationProposed"/>) this change carries out.</param>
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
    string OnlineLevel,
    bool PostalService = false,
    bool OnlinePayment = false,
    int ProcessingDays = 0,
    bool IsSample = false,
    DateOnly? InternalProcedureDueOn = null,
    int Version = 0,
    IReadOnlyList<Guid>? ProposalIds = null);

// The later events carry the date that started their clock, so a consumer that sees them before the event that
// started it (separate queues give no order between message types) can still open and settle the obligation.

/// <summary>The internal procedure (quy trình nội bộ) of a procedure was submitted for approval.</summary>
/// <param name="PublishedOn">The publication that started the 30-working-day clock.</param>
public sealed record InternalProcedureSubmitted(string ProcedureCode, DateOnly SubmittedOn, DateOnly DueOn, DateOnly? PublishedOn = null);

/// <summary>The internal procedure of a procedure was approved by decision.</summary>
public sealed record InternalProcedureApproved(string ProcedureCode, string DecisionNumber, DateOnly ApprovedOn, DateOnly? PublishedOn = null);

/// <summary>The electronic process (quy trình điện tử) of a procedure was updated in the provincial system.</summary>
/// <param name="ApprovedOn">The approval that started the 03-day clock.</param>
public sealed record ElectronicProcessUpdated(string ProcedureCode, DateOnly UpdatedOn, DateOnly? ApprovedOn = null);

/// <summary>A simplification proposal was made for a procedure (plan section V), with the compliance cost it saves.</summary>
/// <param name="FeedbackCodes">Tracking codes of the PAKN that prompted it (traceable both ways).</param>
public sealed record SimplificationProposed(
    Guid ProposalId,
    string ProcedureCode,
    int Year,
    long CostBeforePerYear,
    long CostAfterPerYear,
    long SavingPerYear,
    double SavingRate,
    Guid? PlanItemId,
    IReadOnlyList<string> FeedbackCodes,
    DateTimeOffset ProposedAt,
    string? PlanItemCode = null);

/// <summary>The <see cref="ProcedurePublished.Change"/> of a publication, as it is serialised.</summary>
public static class ProcedureChanges
{
    /// <summary>Mới ban hành.</summary>
    public const string New = "New";

    /// <summary>Sửa đổi, bổ sung, thay thế.</summary>
    public const string Amended = "Amended";

    /// <summary>Bãi bỏ, hủy bỏ.</summary>
    public const string Abolished = "Abolished";
}

/// <summary>
/// The code of a TTHC in the national database: d.dddddd, with an optional locality suffix (1.009645.H38). Every service
/// that takes a code from a person or a file checks it here.
/// </summary>
public static partial class ProcedureCodes
{
    /// <summary>The code alone, unanchored: for finding codes inside a text (a decision's table).</summary>
    public const string Pattern = @"\d\.\d{6}(\.[A-Z0-9]{2,4})?";

    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) => code is not null && Whole().IsMatch(code);

    [System.Text.RegularExpressions.GeneratedRegex("^" + Pattern + "$")]
    private static partial System.Text.RegularExpressions.Regex Whole();
}
