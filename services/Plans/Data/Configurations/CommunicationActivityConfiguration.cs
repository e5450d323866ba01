using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Communications;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class CommunicationActivityConfiguration : IEntityTypeConfiguration<CommunicationActivity>
{
    public void Configure(EntityTypeBuilder<CommunicationActivity> b)
    {
        b.ToTable("CommunicationActivities");
        b.HasKey(a => a.Id);
        b.HasIndex(a => a.HeldOn);
        b.HasIndex(a => a.PlanItemId);
        b.Property(a => a.Kind).HasMaxLength(20);
        b.Property(a => a.Title).HasMaxLength(RecordRules.ShortText).IsRequired();
        b.Property(a => a.Channel).HasMaxLength(200);
        b.Property(a => a.Audience).HasMaxLength(200);
        b.Property(a => a.UnitCode).HasMaxLength(20);
        b.Property(a => a.PlanItemCode).HasMaxLength(20);
    }
}
