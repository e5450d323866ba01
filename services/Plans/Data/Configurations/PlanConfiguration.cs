using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("Plans");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.Year);
        b.Property(p => p.Title).HasMaxLength(500).IsRequired();
        b.Property(p => p.DecisionNumber).HasMaxLength(50);
        b.Property(p => p.DecisionDateText).HasMaxLength(100);
        b.Property(p => p.Signer).HasMaxLength(200);
        b.Property(p => p.SignerTitle).HasMaxLength(100);
        b.Property(p => p.LegalBases).AsJson();
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Spending).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
