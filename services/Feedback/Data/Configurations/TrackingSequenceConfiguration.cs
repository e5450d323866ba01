using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class TrackingSequenceConfiguration : IEntityTypeConfiguration<TrackingSequence>
{
    public void Configure(EntityTypeBuilder<TrackingSequence> b)
    {
        b.ToTable("TrackingSequences");
        b.HasKey(s => s.Year);
        b.Property(s => s.Year).ValueGeneratedNever();
    }
}
