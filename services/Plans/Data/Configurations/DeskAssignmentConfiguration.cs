using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.OneStopDesk;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class DeskAssignmentConfiguration : IEntityTypeConfiguration<DeskAssignment>
{
    public void Configure(EntityTypeBuilder<DeskAssignment> b)
    {
        b.ToTable("DeskAssignments");
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.AssignedFrom, a.AssignedTo });
        b.HasIndex(a => a.PlanItemId);
        b.Property(a => a.FullName).HasMaxLength(200).IsRequired();
        b.Property(a => a.Title).HasMaxLength(200).IsRequired();
        b.Property(a => a.Sectors).AsJson().HasMaxLength(2000);
        b.Property(a => a.WorkPhone).HasMaxLength(30).IsRequired();
        b.Property(a => a.PlanItemCode).HasMaxLength(20);
    }
}
