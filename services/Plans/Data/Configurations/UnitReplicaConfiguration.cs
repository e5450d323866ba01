using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Plans.Units;

namespace VanPhong.Plans.Data.Configurations;

internal sealed class UnitReplicaConfiguration : IEntityTypeConfiguration<UnitReplica>
{
    public void Configure(EntityTypeBuilder<UnitReplica> b)
    {
        b.ToTable("Units");
        b.HasKey(u => u.Code);
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Kind).HasMaxLength(20);
        b.Property(u => u.Email).HasMaxLength(254);
    }
}
