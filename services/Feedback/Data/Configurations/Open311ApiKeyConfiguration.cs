using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Feedback.Open311;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class Open311ApiKeyConfiguration : IEntityTypeConfiguration<Open311ApiKey>
{
    public void Configure(EntityTypeBuilder<Open311ApiKey> b)
    {
        b.ToTable("Open311ApiKeys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Application).HasMaxLength(200).IsRequired();
        b.Property(k => k.KeyHash).HasMaxLength(64).IsRequired();
        b.HasIndex(k => k.KeyHash).IsUnique();
        b.Property(k => k.Prefix).HasMaxLength(12).IsRequired();
        b.Property(k => k.IssuedBy).HasMaxLength(200).IsRequired();
        b.Property(k => k.RevokedBy).HasMaxLength(200);
    }
}
