using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Inspections;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("Inspections");
        b.HasKey(i => i.Id);
        b.HasIndex(i => i.InspectedOn);
        b.HasIndex(i => i.PlanItemId);
        b.Property(i => i.InspectingBody).HasMaxLength(200).IsRequired();
        b.Property(i => i.InspectedUnit).HasMaxLength(200).IsRequired();
        b.Property(i => i.Findings).HasMaxLength(RecordRules.LongText);
        b.Property(i => i.FollowUps).AsJsonRecords();
        b.Property(i => i.PlanItemCode).HasMaxLength(20);
    }
}
