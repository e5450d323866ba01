using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

internal sealed class PlanItemFactConfiguration : IEntityTypeConfiguration<PlanItemFact>
{
    public void Configure(EntityTypeBuilder<PlanItemFact> b)
    {
        b.ToTable("PlanItemFacts");
        b.HasKey(f => f.ItemId);
        b.HasIndex(f => f.Year);
        b.Property(f => f.Code).HasMaxLength(20);
        b.Property(f => f.SectionCode).HasMaxLength(10);
        b.Property(f => f.SectionTitle).HasMaxLength(500);
        b.Property(f => f.LeadUnits).HasMaxLength(500);
        b.Property(f => f.Status).HasMaxLength(20);
    }
}
