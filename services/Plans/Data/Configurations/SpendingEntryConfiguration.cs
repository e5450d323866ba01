using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class SpendingEntryConfiguration : IEntityTypeConfiguration<SpendingEntry>
{
    public void Configure(EntityTypeBuilder<SpendingEntry> b)
    {
        b.ToTable("Spending");
        b.HasKey(s => s.Id);
        b.Property(s => s.Description).HasMaxLength(1000);
        b.Property(s => s.DocumentNumber).HasMaxLength(100);
    }
}
