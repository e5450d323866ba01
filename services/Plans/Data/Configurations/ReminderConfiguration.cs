using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable("Reminders");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ItemId, r.SentAt });
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.Email).HasMaxLength(254);
        b.Property(r => r.Error).HasMaxLength(1000);
    }
}
