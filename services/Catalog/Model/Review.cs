namespace VanPhong.Catalog.Model;

/// <summary>An answer of the review form on one criterion (TT 02/2017 Art. 25–27): does the procedure meet it, and why.</summary>
public sealed record CriterionAnswer(bool Met, string? Notes);

/// <summary>
/// What one dossier costs the applicant, and how many dossiers a year. Time is valued at the average income per
/// working hour; fees and other costs (copies, certification, travel, services) are added per dossier.
/// </summary>
public sealed record CostInputs(double ProcessingWorkingDays, double PreparationHours, double OtherHours, long FeesPerDossier, long OtherCostsPerDossier, int DossiersPerYear);

/// <summary>The compliance cost worked out: per dossier, per year.</summary>
public sealed record CostResult(double Hours, long PerDossier, long PerYear);

/// <summary>Phương án đơn giản hóa: what to simplify, why, what to recommend, on what timeline.</summary>
public sealed record SimplificationProposal(string Content, string Reasons, string Recommendations, string? Roadmap);

public enum ReviewStatus
{
    Draft,
    Proposed,
}

/// <summary>Rà soát, đánh giá TTHC (plan section V): the review of one procedure, its compliance cost before and after, and the proposal.</summary>
public sealed class ProcedureReview : VanPhong.Persistence.IVersioned
{
    /// <summary>The concurrency token of the review (two staff editing it at once).</summary>
    public int Version { get; private set; } = 1;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string ProcedureCode { get; set; } = "";

    /// <summary>The division that handles the procedure when the review was opened: it alone (or the office) edits the review.</summary>
    public string? UnitCode { get; set; }

    public int Year { get; set; }

    public ReviewStatus Status { get; set; }

    public string Json { get; set; } = "{}";

    public long CostBeforePerYear { get; set; }

    public long CostAfterPerYear { get; set; }

    public long SavingPerYear { get; set; }

    public double SavingRate { get; set; }

    public Guid? PlanItemId { get; set; }

    public string? PlanItemCode { get; set; }

    /// <summary>The PAKN that prompted the review, by tracking code.</summary>
    public string FeedbackCodes { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ProposedAt { get; set; }

    /// <summary>The publication decision that carried the proposal out (null while it waits), and what it produced.</summary>
    public Guid? CarriedOutByDecisionId { get; set; }

    public string? CarriedOutByDecisionNumber { get; set; }

    public DateOnly? CarriedOutOn { get; set; }

    /// <summary>The procedure version the decision created for this proposal.</summary>
    public int? CarriedOutVersion { get; set; }
}
