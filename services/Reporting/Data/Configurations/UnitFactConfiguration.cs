using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Reporting.Units;

namespace VanPhong.Reporting.Data.Configurations;

internal sealed class UnitFactConfiguration : IEntityTypeConfiguration<UnitFact>
{
    public void Configure(EntityTypeBuilder<UnitFact> b)
    {
        b.ToTable("UnitFacts");
        b.HasKey(u => u.Code);
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Kind).HasMaxLength(20);
    }
}
