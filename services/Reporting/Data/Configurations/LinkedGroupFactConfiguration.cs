using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Activities;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class LinkedGroupFactConfiguration : IEntityTypeConfiguration<LinkedGroupFact>
{
    public void Configure(EntityTypeBuilder<LinkedGroupFact> b)
    {
        b.ToTable("LinkedGroupFacts");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.GroupName).HasMaxLength(500);
        b.Property(f => f.Agencies).HasMaxLength(2000);
        b.Property(f => f.Status).HasMaxLength(20);
        b.Property(f => f.DecisionNumber).HasMaxLength(100);
    }
}
