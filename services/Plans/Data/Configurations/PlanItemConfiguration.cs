using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.ToTable("PlanItems");
        b.HasKey(i => i.Id);
        b.HasIndex(i => new { i.PlanId, i.Code }).IsUnique();
        b.HasIndex(i => new { i.Status, i.DueOn });
        b.Property(i => i.SectionCode).HasMaxLength(10);
        b.Property(i => i.Code).HasMaxLength(20);
        b.Property(i => i.ParentCode).HasMaxLength(20);
        b.Property(i => i.Content).IsRequired();
        b.Property(i => i.TimeframeText).HasMaxLength(500);
        b.Property(i => i.LeadUnitsText).HasMaxLength(500);
        b.Property(i => i.CoordinatingUnitsText).HasMaxLength(500);
        b.Property(i => i.LeadUnits).AsJson().HasMaxLength(500);
        b.Property(i => i.CoordinatingUnits).AsJson().HasMaxLength(500);
        b.Property(i => i.TimeframeKind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.RelativeTrigger).HasConversion<string>().HasMaxLength(40);
        b.Property(i => i.TimeframeNote).HasMaxLength(500);
        b.Property(i => i.ReviewNote).HasMaxLength(1000);
        b.Property(i => i.DueSetBy).HasMaxLength(200);
        b.Property(i => i.DueSetReason).HasMaxLength(1000);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.CancelReason).HasMaxLength(1000);
        b.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.History).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
