using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class PlanItemTargetConfiguration : IEntityTypeConfiguration<PlanItemTarget>
{
    public void Configure(EntityTypeBuilder<PlanItemTarget> b)
    {
        b.ToTable("PlanItemTargets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Metric).HasMaxLength(100);
        b.Property(t => t.Description).HasMaxLength(500);
        b.Property(t => t.Unit).HasMaxLength(20);
        b.HasIndex(t => t.Metric);
    }
}
