using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Feedback.Intake;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class IdempotentSubmissionConfiguration : IEntityTypeConfiguration<IdempotentSubmission>
{
    public void Configure(EntityTypeBuilder<IdempotentSubmission> b)
    {
        b.ToTable("IdempotentSubmissions");
        b.HasKey(s => s.KeyHash);
        b.Property(s => s.KeyHash).HasMaxLength(64);
        b.Property(s => s.RequestHash).HasMaxLength(64);
        b.Property(s => s.ReceiptJson).HasMaxLength(4000);
        b.HasIndex(s => s.CreatedAt);
    }
}
