using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Notifications;

/// <summary>The office's own text for one notice on one channel; without a row the default of <see cref="SubmitterNotices"/> applies.</summary>
public sealed class NotificationTemplate
{
    /// <summary>The notice's slug ("not-accepted").</summary>
    public string Notice { get; set; } = "";

    public string Channel { get; set; } = "";

    /// <summary>The e-mail's subject; null for an SMS.</summary>
    public string? Subject { get; set; }

    public string Body { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

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
