using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class FeedbackTransitionConfiguration : IEntityTypeConfiguration<FeedbackTransition>
{
    public void Configure(EntityTypeBuilder<FeedbackTransition> b)
    {
        b.ToTable("FeedbackTransitions");
        // Set by the code, so a move added to a case's History is inserted, not taken for an existing row.
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasKey(t => t.Id);
        b.HasIndex(t => t.FeedbackId);
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.By).HasMaxLength(200);
        b.Property(t => t.Unit).HasMaxLength(20);
        b.Property(t => t.Note).HasMaxLength(2000);
    }
}
