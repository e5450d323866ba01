using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Reporting.Data.Configurations;

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
