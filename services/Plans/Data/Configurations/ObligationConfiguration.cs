using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.ToTable("Obligations");
        b.HasKey(o => o.Id);
        // One obligation per clock: each publication of a procedure (and each approval of its internal procedure) starts one.
        b.HasIndex(o => new { o.ItemId, o.Subject, o.TriggeredOn }).IsUnique();
        b.Property(o => o.Subject).HasMaxLength(50);
        b.Property(o => o.Description).HasMaxLength(500);
    }
}
