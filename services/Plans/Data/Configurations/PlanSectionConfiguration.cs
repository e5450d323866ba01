using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> b)
    {
        b.ToTable("PlanSections");
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.PlanId, s.Code }).IsUnique();
        b.Property(s => s.Code).HasMaxLength(10);
        b.Property(s => s.Title).HasMaxLength(500);
    }
}
