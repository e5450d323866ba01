using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Activities;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class DeskAssignmentFactConfiguration : IEntityTypeConfiguration<DeskAssignmentFact>
{
    public void Configure(EntityTypeBuilder<DeskAssignmentFact> b)
    {
        b.ToTable("DeskAssignmentFacts");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Sectors).HasMaxLength(2000);
    }
}
