using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Feedback.Notifications;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> b)
    {
        b.ToTable("NotificationTemplates");
        b.HasKey(t => new { t.Notice, t.Channel });
        b.Property(t => t.Notice).HasMaxLength(30);
        b.Property(t => t.Channel).HasMaxLength(10);
        b.Property(t => t.Subject).HasMaxLength(300);
        b.Property(t => t.Body).HasMaxLength(5000);
        b.Property(t => t.UpdatedBy).HasMaxLength(200);
    }
}
