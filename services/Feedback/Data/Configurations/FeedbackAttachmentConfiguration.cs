using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class FeedbackAttachmentConfiguration : IEntityTypeConfiguration<FeedbackAttachment>
{
    public void Configure(EntityTypeBuilder<FeedbackAttachment> b)
    {
        b.ToTable("FeedbackAttachments");
        b.HasKey(a => a.Id);
        b.HasIndex(a => a.FeedbackId);
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
    }
}
