using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VanPhong.Feedback.Data.Configurations;

internal sealed class KnownUnitConfiguration : IEntityTypeConfiguration<KnownUnit>
{
    public void Configure(EntityTypeBuilder<KnownUnit> b)
    {
        b.ToTable("KnownUnits");
        b.HasKey(u => u.Code);
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Kind).HasMaxLength(20);
        b.Property(u => u.Email).HasMaxLength(254);
    }
}
