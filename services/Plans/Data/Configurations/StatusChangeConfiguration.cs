using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> b)
    {
        b.ToTable("StatusChanges");
        b.HasKey(s => s.Id);
        // Set by the code, so a change added to an item's History is inserted, not taken for an existing row.
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => s.ItemId);
        b.Property(s => s.From).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.To).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.By).HasMaxLength(200);
        b.Property(s => s.Reason).HasMaxLength(1000);
    }
}
