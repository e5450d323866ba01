using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Activities;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class InspectionFactConfiguration : IEntityTypeConfiguration<InspectionFact>
{
    public void Configure(EntityTypeBuilder<InspectionFact> b)
    {
        b.ToTable("InspectionFacts");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasIndex(f => f.InspectedOn);
        b.Property(f => f.InspectingBody).HasMaxLength(200);
        b.Property(f => f.InspectedUnit).HasMaxLength(200);
        b.Property(f => f.PlanItemCode).HasMaxLength(20);
    }
}
