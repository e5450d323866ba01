namespace VanPhong.Reporting.Data;

/// <summary>A plan item as reporting knows it from the plan registry's events.</summary>
public sealed class PlanItemFact
{
    public Guid ItemId { get; set; }

    public Guid PlanId { get; set; }

    public int Year { get; set; }

    public string Code { get; set; } = "";

    public string SectionCode { get; set; } = "";

    public string SectionTitle { get; set; } = "";

    /// <summary>Unit references as the plan words them (codes, @divisions, @all).</summary>
    public string LeadUnits { get; set; } = "";

    public DateOnly? DueOn { get; set; }

    public int Weight { get; set; } = 1;

    public string Status { get; set; } = "NotStarted";

    public int Percent { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public bool CompletedLate { get; set; }

    public DateOnly? LastReportedOn { get; set; }

    public DateOnly? OverdueSince { get; set; }

    /// <summary>The item version <see cref="Status"/> comes from; a lower one never overwrites it (-1: none yet).</summary>
    public int StatusVersion { get; set; } = -1;

    /// <summary>The item version <see cref="Percent"/> comes from.</summary>
    public int PercentVersion { get; set; } = -1;

    /// <summary>The item version of a due date the office set by hand (-1: the plan's own date, if any).</summary>
    public int DueVersion { get; set; } = -1;
}
